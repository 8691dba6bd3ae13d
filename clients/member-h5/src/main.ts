import { createApp } from "vue";
import {
  Button, Cell, CellGroup, CountDown, Dialog, Empty, Field, Form, Icon, List, Loading, NavBar, Notify, Popup,
  PullRefresh, Radio, RadioGroup, Skeleton, Step, Steps, Switch, Tab, Tabbar, TabbarItem, Tabs, Tag, Toast, Uploader,
} from "vant";
import "vant/lib/index.css";
import "./style.css";
import App from "./App.vue";
import { router } from "./router";

const app = createApp(App);
for (const c of [Button, Cell, CellGroup, CountDown, Dialog, Empty, Field, Form, Icon, List, Loading, NavBar, Notify, Popup,
  PullRefresh, Radio, RadioGroup, Skeleton, Step, Steps, Switch, Tab, Tabbar, TabbarItem, Tabs, Tag, Toast, Uploader]) app.use(c);
app.use(router);
app.mount("#app");

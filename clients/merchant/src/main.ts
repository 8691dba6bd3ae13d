import { createApp } from "vue";
import { Button, Cell, CellGroup, Dialog, Empty, Field, Form, Icon, Loading, NavBar, Notify, Popup, PullRefresh, Tab, Tabs, Tag, Toast } from "vant";
import "vant/lib/index.css";
import "./style.css";
import App from "./App.vue";
import { router } from "./router";

const app = createApp(App);
for (const c of [Button, Cell, CellGroup, Dialog, Empty, Field, Form, Icon, Loading, NavBar, Notify, Popup, PullRefresh, Tab, Tabs, Tag, Toast]) app.use(c);
app.use(router);
app.mount("#app");

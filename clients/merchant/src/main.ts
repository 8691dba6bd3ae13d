import { createApp } from "vue";
import { Button, Cell, CellGroup, Dialog, Empty, Field, Form, Icon, Loading, NavBar, Notify, Popup, PullRefresh, Tab, Tabs, Tag, Toast } from "vant";
import "vant/lib/index.css";
import App from "./App.vue";

const app = createApp(App);
for (const c of [Button, Cell, CellGroup, Dialog, Empty, Field, Form, Icon, Loading, NavBar, Notify, Popup, PullRefresh, Tab, Tabs, Tag, Toast]) app.use(c);
app.mount("#app");

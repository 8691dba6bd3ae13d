import { createApp } from "vue";
import { Button, Cell, CellGroup, Dialog, Empty, Field, Form, Icon, Loading, NavBar, Notify, Popup, Tag, Toast } from "vant";
import "vant/lib/index.css";
import App from "./App.vue";

const app = createApp(App);
for (const c of [Button, Cell, CellGroup, Dialog, Empty, Field, Form, Icon, Loading, NavBar, Notify, Popup, Tag, Toast]) app.use(c);
app.mount("#app");

export { createAsync, loadAll, useAsync, usePaged, type Describe, type PageLike } from "./async.js";

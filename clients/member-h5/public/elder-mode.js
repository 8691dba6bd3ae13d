// Elder mode (长辈模式) before the first paint: a classic script in <head>, so the larger type is there on the first
// frame after a reload. The switch in 我的 keeps the choice on the device (src/lib/elderMode.ts, same storage key).
try {
  if (localStorage.getItem("unionhub.member.elderMode") === "on") document.documentElement.classList.add("elder");
} catch (e) { /* storage blocked: normal mode */ }

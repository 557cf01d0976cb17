// Reload when a source changes: poll the state hash; keep the scroll position and focus.
(function () {
  "use strict";
  var body = document.body;
  var url = body.getAttribute("data-state-url");
  var state = body.getAttribute("data-state");
  var live = document.getElementById("live");
  var key = "press-preview:" + location.pathname;
  var saved = sessionStorage.getItem(key);
  if (saved) {
    sessionStorage.removeItem(key);
    try {
      var s = JSON.parse(saved);
      window.scrollTo(0, s.y || 0);
      var el = s.focus && document.getElementById(s.focus);
      if (el) { el.focus({ preventScroll: true }); }
      if (live) { live.textContent = "Sources changed: the page was reloaded."; }
    } catch (e) { /* a stale entry: ignore it */ }
  }
  if (!url) { return; }
  function poll() {
    fetch(url, { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (j) {
      if (j.state !== state) {
        var active = document.activeElement;
        sessionStorage.setItem(key, JSON.stringify({ y: window.scrollY, focus: active && active.id }));
        location.reload();
        return;
      }
      setTimeout(poll, 1000);
    }).catch(function () {
      if (live) { live.textContent = "The preview server is not reachable; retrying."; }
      setTimeout(poll, 3000);
    });
  }
  setTimeout(poll, 1000);
})();

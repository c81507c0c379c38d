// Contact preferences page (a file, not inline: the Content-Security-Policy forbids inline scripts).
(function () {
  "use strict";
  // A quiet-hours time zone not chosen yet defaults to the browser's own, when the list offers it.
  var select = document.querySelector("select[data-guess-zone]");
  if (!select || select.value || typeof Intl === "undefined") {
    return;
  }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  for (var i = 0; i < select.options.length; i++) {
    if (select.options[i].value === zone) {
      select.value = zone;
      return;
    }
  }
})();

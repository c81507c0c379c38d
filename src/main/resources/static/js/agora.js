// Agora's only page script (no inline scripts: the Content-Security-Policy forbids them).
(function () {
  "use strict";
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  // htmx requests that change data carry the CSRF token like the forms do.
  document.addEventListener("htmx:configRequest", function (event) {
    if (header && token) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // Buttons that ask before doing something that cannot be undone: data-confirm="question".
  document.addEventListener("submit", function (event) {
    var question = event.target.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
})();

// Similar questions while a new thread's title is typed (no inline scripts: the Content-Security-Policy forbids them).
// Asks GET /api/v1/community/similar?title=…&space=… 300 ms after the last key and lists the answers as links;
// titles go in as text, never as HTML.
(function () {
  "use strict";
  var box = document.getElementById("similar-questions");
  var title = document.getElementById("title");
  if (!box || !title) {
    return;
  }
  var list = document.getElementById("similar-list");
  var timer = null;
  var asked = "";
  var latest = 0;

  function show(questions) {
    list.replaceChildren();
    questions.forEach(function (q) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = q.path;
      link.textContent = q.title;
      link.className = "similar-question";
      item.appendChild(link);
      var where = document.createElement("span");
      where.className = "hint";
      where.textContent = " · " + q.spaceName + (q.solved ? " · " + box.dataset.solved : "");
      item.appendChild(where);
      list.appendChild(item);
    });
    box.hidden = questions.length === 0;
  }

  // Says which title the list answers, once it is shown: the list can push the form down when it arrives.
  function answered(text) {
    box.dataset.answered = text;
  }

  function ask() {
    var text = title.value.trim();
    if (text === asked) {
      return;
    }
    asked = text;
    if (text.length < 3) {
      show([]);
      answered(text);
      return;
    }
    var mine = ++latest;
    var url = box.dataset.endpoint + "?title=" + encodeURIComponent(text) + "&space=" + encodeURIComponent(box.dataset.space || "");
    fetch(url, {headers: {"Accept": "application/json"}, credentials: "same-origin"})
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (questions) {
        if (mine === latest) {
          show(questions);
          answered(text);
        }
      })
      .catch(function () {
        /* suggestions are a help, not a need: keep the form usable */
        if (mine === latest) {
          answered(text);
        }
      });
  }

  title.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 300);
  });
})();

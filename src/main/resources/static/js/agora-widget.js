/*
 * Agora's product widget for shop pages (docs/community.md, "Widget"):
 *
 *   <div data-agora-product="alta-via-1"></div>
 *   <script src="https://agora.example.com/js/agora-widget.js" defer></script>
 *
 * Fetches /api/v1/widget/products/{slug} from the Agora this script came from (the shop's origin must be in
 * agora.community.widget.allowed-origins) and renders the rating, the most helpful reviews and the latest questions
 * with DOM APIs only: customers' words go in through textContent, never as HTML.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var base = script && script.src ? new URL(script.src).origin : window.location.origin;
  var french = (document.documentElement.lang || navigator.language || 'en').toLowerCase().indexOf('fr') === 0;
  var words = french
    ? {outOf: 'sur 5', reviews: 'avis', verified: 'Propriétaire vérifié', questions: 'Questions et réponses',
      answers: 'réponse(s)', all: 'Tous les avis', ask: 'Demander à un propriétaire', none: 'Pas encore d’avis'}
    : {outOf: 'out of 5', reviews: 'reviews', verified: 'Verified owner', questions: 'Questions and answers',
      answers: 'answer(s)', all: 'All reviews', ask: 'Ask an owner', none: 'No reviews yet'};

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function link(href, text) {
    var a = el('a', null, text);
    // Only links back to this Agora: a URL from the JSON that points elsewhere is not followed.
    if (typeof href === 'string' && href.indexOf(base + '/') === 0) {
      a.href = href;
    }
    a.rel = 'noopener';
    return a;
  }

  function stars(count) {
    var filled = Math.max(0, Math.min(5, Math.round(count)));
    var node = el('span', 'agora-stars', '★★★★★'.slice(0, filled) + '☆☆☆☆☆'.slice(0, 5 - filled));
    node.setAttribute('aria-label', count + ' ' + words.outOf);
    return node;
  }

  function render(box, data) {
    box.textContent = '';
    box.classList.add('agora-widget');
    var title = el('p', 'agora-product');
    title.appendChild(link(data.urls.product, data.name));
    box.appendChild(title);

    var rating = el('p', 'agora-rating');
    if (data.rating.count > 0) {
      rating.appendChild(stars(data.rating.average));
      rating.appendChild(el('span', null, ' ' + data.rating.average.toFixed(1) + ' ' + words.outOf + ' · '
        + data.rating.count + ' ' + words.reviews));
    } else {
      rating.textContent = words.none;
    }
    box.appendChild(rating);

    var reviews = el('ul', 'agora-reviews');
    data.reviews.forEach(function (review) {
      var item = el('li');
      item.appendChild(stars(review.stars));
      item.appendChild(el('strong', null, ' ' + review.title));
      if (review.verifiedOwner) {
        item.appendChild(el('span', 'agora-verified', ' ' + words.verified));
      }
      item.appendChild(el('p', null, review.excerpt));
      item.appendChild(el('small', null, '— ' + review.authorName));
      reviews.appendChild(item);
    });
    box.appendChild(reviews);

    if (data.questions.length > 0) {
      box.appendChild(el('p', 'agora-questions-title', words.questions));
      var questions = el('ul', 'agora-questions');
      data.questions.forEach(function (question) {
        var item = el('li');
        item.appendChild(link(question.url, question.title));
        item.appendChild(el('small', null, ' (' + question.answers + ' ' + words.answers + ')'));
        if (question.latestAnswer) {
          item.appendChild(el('p', null, question.latestAnswer));
        }
        questions.appendChild(item);
      });
      box.appendChild(questions);
    }

    var links = el('p', 'agora-links');
    links.appendChild(link(data.urls.reviews, words.all));
    links.appendChild(document.createTextNode(' · '));
    links.appendChild(link(data.urls.ask, words.ask));
    box.appendChild(links);
  }

  function load(box) {
    var slug = box.getAttribute('data-agora-product');
    if (!slug || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
      return;
    }
    fetch(base + '/api/v1/widget/products/' + slug, {credentials: 'omit', headers: {Accept: 'application/json'}})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('Agora widget: ' + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        render(box, data);
      })
      .catch(function () {
        box.hidden = true;
      });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-agora-product]'), load);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());

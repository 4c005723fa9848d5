// A former address (principles/site/redirects.py): go on to the new one at once, keeping this
// address's #fragment (a <meta http-equiv="refresh"> would drop it), and without leaving the
// old address in the history.
(function () {
  "use strict";
  var target = document.currentScript.dataset.target;
  location.replace(location.hash ? target.split("#")[0] + location.hash : target);
})();

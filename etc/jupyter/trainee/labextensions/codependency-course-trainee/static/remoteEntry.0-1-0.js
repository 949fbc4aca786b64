/* codependency-course-trainee: a course notebook prepares its exercises when it opens.
 *
 * Hand-written, not bundled: a JupyterLab 4 federated extension is a script that registers a
 * container `window._JUPYTERLAB[name]` with `init(shareScope)` and `get("./extension")`
 * (what JupyterLab's bootstrap.js and index.js call). This one imports nothing itself: the
 * two packages it uses (@jupyterlab/notebook for NotebookActions, @lumino/widgets for Widget)
 * come from JupyterLab's own share scope, so no npm build and no copy of JupyterLab code.
 *
 * It also makes two ARIA repairs on a notebook's markup (repairAria, below).
 *
 * What it does, in the trainee view only (etc/jupyter/trainee puts it on the lab extension
 * path; the instructor view never loads it): when a course notebook is opened (every code
 * cell has its input hidden, as every lesson and check ships), it shows "Preparing the
 * exercises… step 1 of N: starting Python" above the notebook, runs every cell in the
 * trainee's own kernel (as Run ▸ Run All would), counting the steps as the kernel starts and
 * each cell finishes (N = the code cells + 1), then removes the notice and returns to the top.
 *
 * An untouched notebook stays clean (no unsaved marker, no "Save changes?" on close). Why it
 * was not: on load JupyterLab adds `language_info: {name: ""}` to the notebook metadata and the
 * kernel then fills it in, so every lesson was "dirty" before anyone touched it; running adds
 * outputs. The trainee view saves a notebook in its saved form (src/codependency_course/
 * trainee/lab_save.py, the reference): no language_info or widgets metadata, no execution
 * counts or outputs, except one re-run line where an exercise was. So the view compares the
 * model's saved form with the saved form it had when it was loaded (or last saved), and
 * clears the dirty flag only when they are equal: a note typed or a cell added stays unsaved.
 */
(function () {
  "use strict";
  var NAME = "codependency-course-trainee";
  var scope = null;

  function shared(pkg) {
    var versions = scope && scope[pkg];
    if (!versions) {
      return Promise.reject(new Error(NAME + ": " + pkg + " is not shared by this JupyterLab"));
    }
    var keys = Object.keys(versions).sort(function (a, b) {
      return a.localeCompare(b, undefined, { numeric: true });
    });
    return Promise.resolve(versions[keys[keys.length - 1]].get()).then(function (factory) {
      return factory();
    });
  }

  function isCourseNotebook(model) {
    var code = 0;
    for (var i = 0; i < model.cells.length; i++) {
      var cell = model.cells.get(i);
      if (cell.type !== "code") continue;
      code += 1;
      var jupyter = cell.getMetadata("jupyter") || {};
      if (!jupyter.source_hidden) return false;
    }
    return code > 0;
  }

  function stable(value) {
    if (Array.isArray(value)) return "[" + value.map(stable).join(",") + "]";
    if (value && typeof value === "object") {
      return "{" + Object.keys(value).sort().map(function (k) {
        return JSON.stringify(k) + ":" + stable(value[k]);
      }).join(",") + "}";
    }
    return JSON.stringify(value === undefined ? null : value);
  }

  function without(object, keys) {
    var out = {};
    Object.keys(object || {}).forEach(function (k) {
      if (keys.indexOf(k) < 0) out[k] = object[k];
    });
    return out;
  }

  // An exercise's output: a live widget, or the re-run line it is saved as (reopen.py).
  function isExercise(output) {
    var data = (output && output.data) || {};
    if (data["application/vnd.jupyter.widget-view+json"]) return true;
    var html = data["text/html"];
    html = Array.isArray(html) ? html.join("") : html || "";
    return html.indexOf('class="cc-rerun"') >= 0;
  }

  // lab_save.saved_form, as a comparable string (what a save would write, up to the re-run text).
  function savedForm(nb) {
    var cells = (nb.cells || []).map(function (cell) {
      var source = Array.isArray(cell.source) ? cell.source.join("") : cell.source;
      // "trusted" is never written (nbformat strips it as transient); "execution" is run state
      var kept = { type: cell.cell_type, source: source, metadata: without(cell.metadata, ["execution", "trusted"]) };
      if (cell.cell_type === "code") kept.exercise = (cell.outputs || []).some(isExercise);
      if (cell.attachments) kept.attachments = cell.attachments;
      return kept;
    });
    return stable({ metadata: without(nb.metadata, ["widgets", "language_info"]), cells: cells });
  }

  function keepHonest(panel) {
    var context = panel.context;
    var model = context.model;
    var shipped = savedForm(model.toJSON());
    var timer = 0;
    function check() {
      timer = 0;
      if (!model.isDisposed && model.dirty && savedForm(model.toJSON()) === shipped) model.dirty = false;
    }
    function later() {
      if (!timer) timer = setTimeout(check, 200);
    }
    model.stateChanged.connect(function (_, change) {
      if (change.name === "dirty" && change.newValue) later();
    });
    model.contentChanged.connect(function () {
      if (model.dirty) later();
    });
    context.fileChanged.connect(function () {
      shipped = savedForm(model.toJSON()); // saved: this is what the file now holds
    });
    check();
  }

  function codeCells(model) {
    var n = 0;
    for (var i = 0; i < model.cells.length; i++) if (model.cells.get(i).type === "code") n += 1;
    return n;
  }

  // "step k of N" (N = code cells + 1): step 1 while Python starts; step 2 + f once the kernel
  // is up and f cells have finished (NotebookActions.executed), i.e. while cell f + 1 runs.
  function progress(panel, banner, NotebookActions) {
    var total = codeCells(panel.content.model) + 1;
    var started = false;
    var finished = 0;
    function say() {
      var step = started ? Math.min(total, 2 + finished) : 1;
      banner.node.textContent = "Preparing the exercises\u2026 step " + step + " of " + total +
        (step === 1 ? ": starting Python" : "");
    }
    function onStatus(_, status) {
      if (!started && (status === "busy" || status === "idle") && panel.sessionContext.session) {
        started = true;
        say();
      }
    }
    function onExecuted(_, args) {
      // Run All "executes" markdown cells too (it renders them): count only code cells
      if (args.notebook !== panel.content || !args.cell || args.cell.model.type !== "code") return;
      finished += 1;
      started = true;
      say();
    }
    panel.sessionContext.statusChanged.connect(onStatus);
    NotebookActions.executed.connect(onExecuted);
    say();
    return function stop() {
      panel.sessionContext.statusChanged.disconnect(onStatus);
      NotebookActions.executed.disconnect(onExecuted);
    };
  }

  function notice(Widget) {
    var node = document.createElement("div");
    node.className = "cc-preparing";
    node.setAttribute("role", "status");
    node.setAttribute("aria-live", "polite");
    node.style.padding = "6px 12px";
    node.style.fontWeight = "600";
    node.style.background = "var(--jp-info-color3, #e1f5fe)";
    node.style.color = "var(--jp-ui-font-color0, #000)";
    node.style.borderBottom = "1px solid var(--jp-border-color2, #ccc)";
    // the header's box layout sizes a child by its min-height: without one the notice was 13 px
    // tall and hidden under the notebook
    node.style.boxSizing = "border-box";
    node.style.minHeight = "calc(2 * var(--jp-ui-font-size1, 13px) + 14px)";
    node.style.display = "flex";
    node.style.alignItems = "center";
    node.textContent = "Preparing the exercises\u2026";
    var widget = new Widget({ node: node });
    widget.addClass("cc-preparing-notice");
    return widget;
  }

  // data-cc-state on the panel says where it is: opening, then plain (not a course notebook),
  // or preparing, then ready or failed (what the browser tests and the site wait on).
  function prepare(panel, NotebookActions, Widget) {
    panel.node.setAttribute("data-cc-state", "opening");
    return panel.context.ready
      .then(function () {
        keepHonest(panel);
        if (!panel.content.model || !isCourseNotebook(panel.content.model)) {
          panel.node.setAttribute("data-cc-state", "plain");
          return null;
        }
        var banner = notice(Widget);
        panel.contentHeader.addWidget(banner);
        panel.node.setAttribute("data-cc-state", "preparing");
        var stop = progress(panel, banner, NotebookActions);
        return panel.sessionContext.ready
          .then(function () {
            return NotebookActions.runAll(panel.content, panel.sessionContext).then(function (ok) {
              var notebook = panel.content;
              notebook.activeCellIndex = 0;
              notebook.deselectAll();
              if (typeof notebook.scrollToItem === "function") void notebook.scrollToItem(0, "start");
              notebook.node.scrollTop = 0;
              panel.node.setAttribute("data-cc-state", ok ? "ready" : "failed");
            });
          })
          .catch(function (error) {
            panel.node.setAttribute("data-cc-state", "failed");
            console.error(NAME, error);
          })
          .then(function () {
            stop();
            if (panel.node.getAttribute("data-cc-state") === "failed") {
              banner.node.textContent =
                "The exercises could not be prepared. Use Restart (toolbar) to try again.";
            } else {
              banner.dispose();
            }
          });
      });
  }

  // Two ARIA repairs axe asks for (WCAG 2.1 A/AA), made on the live markup of JupyterLab 4.6 and
  // nbgrader 0.9.6 until they land upstream (jupyterlab#14765: the notebook's role="feed" needs
  // role="article" children; a cell's aria-label is prohibited on an element with no role):
  //  - every cell in a notebook's feed is an article (its existing aria-label names it);
  //  - nbgrader's Validate button is not a toggle, so it carries no aria-pressed.
  function repairAria(panel) {
    function repair() {
      var cells = panel.node.querySelectorAll(".jp-WindowedPanel-viewport > .jp-Cell:not([role])");
      for (var i = 0; i < cells.length; i++) cells[i].setAttribute("role", "article");
      var pressed = panel.node.querySelectorAll(".validate-button[aria-pressed]");
      for (var j = 0; j < pressed.length; j++) pressed[j].removeAttribute("aria-pressed");
    }
    var observer = new MutationObserver(repair);
    observer.observe(panel.node, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-pressed"] });
    panel.disposed.connect(function () {
      observer.disconnect();
    });
    repair();
  }

  var plugin = {
    id: NAME + ":prepare-on-open",
    description: "Runs a course notebook's hidden cells when it opens, with a visible notice.",
    autoStart: true,
    requires: [],
    activate: function (app) {
      var seen = new WeakSet();
      Promise.all([shared("@jupyterlab/notebook"), shared("@lumino/widgets")]).then(function (mods) {
        var NotebookActions = mods[0].NotebookActions;
        var Widget = mods[1].Widget;
        function look() {
          var it = app.shell.widgets("main");
          var all = typeof it[Symbol.iterator] === "function" ? Array.from(it) : [];
          all.forEach(function (w) {
            var isNotebook = w && w.content && w.sessionContext && w.context && w.contentHeader &&
              typeof w.context.path === "string" && /\.ipynb$/.test(w.context.path);
            if (!isNotebook || seen.has(w)) return;
            seen.add(w);
            repairAria(w);
            void prepare(w, NotebookActions, Widget);
          });
        }
        app.shell.layoutModified.connect(look);
        if (app.shell.currentChanged) app.shell.currentChanged.connect(look);
        app.restored.then(look);
        look();
      }, function (error) {
        console.error(NAME, error);
      });
    }
  };

  var root = (window._JUPYTERLAB = window._JUPYTERLAB || {});
  root[NAME] = {
    init: function (shareScope) {
      scope = shareScope;
    },
    get: function (module) {
      if (module !== "./extension") {
        return Promise.reject(new Error(NAME + ": no module " + module));
      }
      return Promise.resolve(function () {
        return { __esModule: true, default: [plugin] };
      });
    }
  };
})();

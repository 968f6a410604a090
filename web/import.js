// Dossier's import glue: what has to be JavaScript. It gathers the files
// the reader picks, drops (folders included, recursively) or pastes on the
// import page and posts them, unread, to the library worker
// (web/import-worker.js, cmd/dossier/main_worker.go), whose Go reads them,
// refuses what it must, stores them in batches and reports; it passes those
// reports to the app (app/ui/import_bridge.go): {type: "batch", added,
// dups, errors, quota, done, total} and, at the end, {type: "done", done,
// total, cancelled}. It also carries the app's requests to the worker and
// their answers (the protocol: app/workerproto). Imported content is never
// put into the page here.
(function () {
  "use strict";
  var s = {
    sink: null,
    workerURL: "",
    worker: null,
    ready: false,
    nextID: 1,
    calls: {},
    waiting: [],
    progress: null, // the last count of the import under way
    kept: null, // the bundle's answer kept, as the worker reads it (keptRead)
    keptRead: null, // resolves kept
    keptUsed: false, // the page took it: the worker's copy goes unread
  };

  function emit(msg) {
    if (s.sink) {
      s.sink(msg);
    }
  }
  function ensureWorker() {
    if (s.worker || !s.workerURL) {
      return;
    }
    s.worker = new Worker(s.workerURL);
    s.kept = new Promise(function (resolve) {
      s.keptRead = resolve;
    });
    s.worker.onmessage = function (ev) {
      var m = ev.data || {};
      if (m.type === "kept") {
        // The bundle's answer the worker kept for this visit, read by
        // its script before its Go starts (import-worker.js's readKept).
        s.keptRead(m.kept || null);
        return;
      }
      if (m.type === "ready") {
        s.ready = true;
        var w = s.waiting;
        s.waiting = [];
        w.forEach(function (go) { go(); });
        return;
      }
      if (m.type === "phase") {
        // The worker's phases, on the page's time line (the benchmarks
        // read them with the page's own, see app/ui's markPhase).
        if (performance.mark) {
          performance.mark("dossier:" + m.name, { startTime: Math.max(0, m.at - performance.timeOrigin) });
        }
        return;
      }
      if (m.type === "changed") {
        emit({ type: "changed" });
        return;
      }
      if (m.type === "failed") {
        fatal("the import worker could not start: " + m.error);
        return;
      }
      if (m.type === "batch" || m.type === "done") {
        s.progress = m.type === "done" ? null : m.total ? m : s.progress;
        emit(m);
        return;
      }
      var resolve = s.calls[m.id];
      delete s.calls[m.id];
      if (resolve && typeof Blob !== "undefined" && m.packed instanceof Blob) {
        // The bundle's answer kept, which the worker hands on unread:
        // read here, on the page's thread (a few long tasks for a large
        // bundle), only when the page has no copy of its own (the
        // worker's "kept" message).
        var blob = m.packed;
        m.packed = null;
        if (s.keptUsed) {
          resolve(m);
          return;
        }
        blob.arrayBuffer().then(
          function (b) {
            m.packed = new Uint8Array(b);
            resolve(m);
          },
          function (e) {
            resolve({ error: "the processed articles kept could not be read: " + e });
          }
        );
        return;
      }
      if (resolve) {
        resolve(m);
      }
    };
    s.worker.onerror = function (ev) {
      fatal("the import worker failed: " + (ev.message || "unknown error"));
    };
  }
  // fatal ends the import under way (if any) with the worker's failure and
  // answers every request waiting with it.
  function fatal(msg) {
    if (s.keptRead) {
      s.keptRead(null);
    }
    for (var id in s.calls) {
      s.calls[id]({ error: msg });
    }
    s.calls = {};
    if (s.worker) {
      s.worker.terminate();
    }
    s.worker = null;
    s.ready = false;
    failImport(msg);
  }
  function failImport(msg) {
    var p = s.progress || { done: 0, total: 0 };
    s.progress = null;
    emit({ type: "batch", added: [], dups: [], errors: [msg], done: 0, total: 0 });
    emit({ type: "done", done: p.done, total: p.total, cancelled: false });
  }
  // send posts msg to the worker once it is ready; false when there is none.
  function send(msg) {
    ensureWorker();
    if (s.ready) {
      s.worker.postMessage(msg);
    } else if (s.worker) {
      s.waiting.push(function () { s.worker.postMessage(msg); });
    } else {
      return false;
    }
    return true;
  }
  // call sends a request to the worker; the promise resolves with its answer.
  function call(op, msg) {
    return new Promise(function (resolve) {
      msg = msg || {};
      msg.op = op;
      msg.id = s.nextID++;
      s.calls[msg.id] = resolve;
      if (!send(msg)) {
        delete s.calls[msg.id];
        resolve({ error: "the library worker is not available" });
      }
    });
  }
  // add has the worker import text, or files: their names at once, then
  // the File objects (read there) fifty at a time, 40 ms apart (over a
  // thousand a second, faster than the worker reads them): posting a File
  // costs the page about 0.2 ms (the browser looks at the file on disk),
  // and thousands at once would hold it for a long frame.
  function add(msg) {
    msg.op = "import";
    if (!send(msg)) {
      failImport("the library worker is not available");
    }
  }
  function addFiles(files, library) {
    var pick = s.nextID++;
    add({ pick: pick, names: files.map(function (f) { return f.name; }), library: library });
    function stream(from) {
      send({ op: "files", pick: pick, from: from, files: files.slice(from, from + 50) });
      if (from + 50 < files.length) {
        setTimeout(stream, 40, from + 50);
      }
    }
    setTimeout(stream, 0, 0);
  }

  // Dropped folders: walk them with webkitGetAsEntry, skipping hidden
  // files (.DS_Store and the like).
  function collect(dt) {
    var items = dt.items ? Array.prototype.slice.call(dt.items) : [];
    var roots = [];
    for (var i = 0; i < items.length; i++) {
      var e = items[i].webkitGetAsEntry ? items[i].webkitGetAsEntry() : null;
      if (e) {
        roots.push(e);
      }
    }
    if (!roots.length) {
      return Promise.resolve(Array.prototype.slice.call(dt.files || []));
    }
    var out = [];
    function walk(entry, top) {
      if (!top && entry.name.charAt(0) === ".") {
        return Promise.resolve();
      }
      if (entry.isFile) {
        return new Promise(function (res) {
          entry.file(
            function (f) {
              out.push(f);
              res();
            },
            function () {
              res();
            }
          );
        });
      }
      if (!entry.isDirectory) {
        return Promise.resolve();
      }
      var reader = entry.createReader();
      return new Promise(function (res) {
        function next() {
          reader.readEntries(function (list) {
            if (!list.length) {
              res();
              return;
            }
            Promise.all(list.map(function (c) { return walk(c, false); })).then(next);
          }, function () {
            res();
          });
        }
        next();
      });
    }
    return Promise.all(roots.map(function (r) { return walk(r, true); })).then(function () {
      return out;
    });
  }

  function zone(target) {
    return target && target.closest ? target.closest("#import-drop") : null;
  }
  document.addEventListener("change", function (ev) {
    var t = ev.target;
    if (!t || (t.id !== "import-files" && t.id !== "import-library") || !t.files.length) {
      return;
    }
    addFiles(Array.prototype.slice.call(t.files), t.id === "import-library");
    t.value = "";
  });
  document.addEventListener("dragover", function (ev) {
    if (!document.getElementById("import-drop")) {
      return;
    }
    ev.preventDefault();
    var z = zone(ev.target);
    ev.dataTransfer.dropEffect = z ? "copy" : "none";
    if (z) {
      z.classList.add("over");
    }
  });
  document.addEventListener("dragleave", function (ev) {
    var z = zone(ev.target);
    if (z) {
      z.classList.remove("over");
    }
  });
  document.addEventListener("drop", function (ev) {
    if (!document.getElementById("import-drop")) {
      return;
    }
    ev.preventDefault();
    var z = zone(ev.target);
    if (!z) {
      return;
    }
    z.classList.remove("over");
    collect(ev.dataTransfer).then(function (files) {
      if (files.length) {
        addFiles(files, false);
      }
    });
  });

  window.dossierImport = {
    // bind sets the receiver of results and the worker's URL.
    bind: function (sink, workerURL) {
      s.sink = sink;
      s.workerURL = workerURL;
      ensureWorker(); // it boots while the page loads the bundled articles
      var p = s.progress;
      if (p) {
        emit({ type: "batch", added: [], dups: [], errors: [], done: p.done, total: p.total });
      }
    },
    unbind: function (sink) {
      if (s.sink === sink) {
        s.sink = null;
      }
    },
    paste: function (text) {
      add({ text: text });
    },
    cancel: function () {
      send({ op: "cancel" });
    },
    // download saves bytes as a file through a Blob URL.
    download: function (name, type, bytes) {
      var url = URL.createObjectURL(new Blob([bytes], { type: type }));
      var a = document.createElement("a");
      a.href = url;
      a.download = name;
      a.rel = "noopener";
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () {
        URL.revokeObjectURL(url);
      }, 60000);
    },
    // call asks the library worker (the protocol: app/workerproto).
    call: call,
    // kept resolves, once, with the bundle's answer kept (the worker's
    // "kept" message) or null; the worker's copy of it is then left
    // unread.
    kept: function () {
      var p = s.kept || Promise.resolve(null);
      s.kept = null;
      return p.then(function (k) {
        s.keptUsed = s.keptUsed || !!k;
        return k;
      });
    },
    // storage is {usage, quota, persisted}; persist asks to keep it.
    storage: function () {
      var st = navigator.storage;
      if (!st || !st.estimate) {
        return Promise.resolve({ usage: 0, quota: 0, persisted: false });
      }
      return Promise.all([st.estimate(), st.persisted ? st.persisted() : false]).then(function (r) {
        return { usage: r[0].usage || 0, quota: r[0].quota || 0, persisted: !!r[1] };
      });
    },
    persist: function () {
      var st = navigator.storage;
      return st && st.persist ? st.persist().catch(function () { return false; }) : Promise.resolve(false);
    },
  };
  // Start the worker at once, before the app binds: its wasm loads and it
  // reads the library's snapshot while the app itself loads, so that the
  // reader's own articles are there when the app asks for them. Its URL is
  // this script's, renamed (the same version).
  var me = document.currentScript;
  if (me && me.src && /import\.js(\?|$)/.test(me.src)) {
    s.workerURL = me.src.replace(/import\.js(\?|$)/, "import-worker.js$1");
    ensureWorker();
  }
})();

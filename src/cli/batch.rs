//! Batch mode: many files in, one JSON line per file out (`{"path": …, …outline}`), in the order the
//! files were given (a folder's files sorted by path), processed in parallel across cores with
//! rayon, a chunk at a time so that memory stays bounded. A file that fails gets its own line
//! `{"path": …, "error": …, "code": …}` and the run goes on; the exit status says whether any failed. With
//! `-o DIR`, each outline goes to its own file instead. `--format` applies (see [`super::output`]).

use super::{exit, pool, progress_bar, read_input, Config, Failure};
use crate::render;
use rayon::prelude::*;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The extensions `-r DIR` reads.
const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "text"];

/// The text files under `dir`, recursively, sorted by path.
///
/// ## Errors
///
/// The folder cannot be read.
pub fn list(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    let mut first = true;
    while let Some(d) = stack.pop() {
        let entries = match std::fs::read_dir(&d) {
            Ok(e) => e,
            Err(e) if first => return Err(e),
            // An unreadable sub-folder does not stop the run: it is listed, and reading it gives its
            // error line.
            Err(_) => {
                out.push(d);
                continue;
            }
        };
        first = false;
        for e in entries.flatten() {
            let p = e.path();
            let ft = e.file_type();
            if ft.as_ref().is_ok_and(|t| t.is_dir()) {
                stack.push(p);
            } else if p
                .extension()
                .and_then(|x| x.to_str())
                .is_some_and(|x| EXTENSIONS.contains(&x.to_ascii_lowercase().as_str()))
            {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Why one file has no outline: the message, and its code (an [`crate::ErrorKind`]'s name, or
/// `exists` and `output` for `-o DIR`).
type Failed = (String, &'static str);

fn failed(e: crate::Error) -> Failed {
    (e.to_string(), e.kind().name())
}

/// One file's result: its JSON lines (or, with `-o DIR`, the document as single-file mode prints it),
/// or why it has none.
fn process(cfg: &Config, path: &Path, to_file: bool) -> Result<Vec<u8>, Failed> {
    let bytes = read_input(path, &cfg.read_options(true)).map_err(failed)?;
    let src = crate::decode::decode(&bytes, cfg.encoding.as_deref()).map_err(|e| failed(e.with_path(path)))?;
    let doc = cfg.parser.parse_decoded(&src);
    let mut out = Vec::with_capacity(bytes.len() * 2 + 256);
    let written = if to_file {
        super::output::write(cfg, cfg.format, cfg.pretty, render::term::Paint { on: false }, &src.text, doc, &mut out)
    } else {
        let path_json = render::json::quote(&path.to_string_lossy());
        // (A chunk has a `path` of its own, its headings: the document's is its `file`.)
        let key = if cfg.format == super::Format::Chunks { "file" } else { "path" };
        super::output::write_tagged(cfg, cfg.format, &src.text, doc, &[(key, &path_json)], &mut out)
    };
    written.map_err(|e| (e.to_string(), "output"))?;
    Ok(out)
}

/// `{"path": …, "error": …, "code": …}`.
fn error_line(path: &Path, (msg, code): &Failed) -> Vec<u8> {
    format!(
        "{{\"path\":{},\"error\":{},\"code\":\"{code}\"}}\n",
        render::json::quote(&path.to_string_lossy()),
        render::json::quote(msg)
    )
    .into_bytes()
}

/// Where `-o DIR` writes the outline of `path`: the input's path under `root` (`-r ROOT`), or as given,
/// mirrored under `out_dir`, its name kept whole and the format's extension added (`a/x.txt` →
/// `DIR/a/x.txt.json`, `x.txt.md`, …, so `x.txt` and `x.md` do not meet). A path never leads out of
/// `out_dir`: the root of an absolute path, `.` and `..` are dropped.
pub fn output_path(out_dir: &Path, root: Option<&Path>, path: &Path, extension: &str) -> PathBuf {
    use std::path::Component;
    let rel = root.and_then(|r| path.strip_prefix(r).ok()).unwrap_or(path);
    let mut target = out_dir.to_path_buf();
    let mut any = false;
    for c in rel.components() {
        if let Component::Normal(part) = c {
            target.push(part);
            any = true;
        }
    }
    if !any {
        target.push("stdin");
    }
    let mut name = target.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".");
    name.push(extension);
    target.set_file_name(name);
    target
}

/// Writes one outline to its `.json` file under `dir`, atomically (a temporary file beside it,
/// renamed into place: an interrupted run leaves no half-written outline), and never over an existing
/// file unless `force`.
fn write_file(cfg: &Config, dir: &Path, root: Option<&Path>, path: &Path, line: &[u8]) -> Result<(), Failed> {
    let force = cfg.force;
    let target = output_path(dir, root, path, cfg.format.extension());
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent).map_err(|e| (format!("{}: {e}", parent.display()), "output"))?;
    }
    if !force && target.exists() {
        return Err((format!("{}: exists (give --force to overwrite it)", target.display()), "exists"));
    }
    let mut tmp_name = target.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    tmp_name.push(format!(".tmp{}", std::process::id()));
    let tmp = target.with_file_name(tmp_name);
    let _writing = super::interrupt::Writing::begin();
    std::fs::write(&tmp, line).and_then(|()| std::fs::rename(&tmp, &target)).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        (format!("{}: {e}", target.display()), "output")
    })
}

/// Runs batch mode. Returns the exit code: 0, or [`exit::SOME_FAILED`].
///
/// ## Errors
///
/// Writing to stdout failed.
pub fn run(cfg: &Config, files: &[PathBuf], output: Option<&Path>, root: Option<&Path>) -> Result<u8, Failure> {
    let pool = pool(cfg.jobs);
    let bar = progress_bar(cfg.progress, Some(files.len() as u64));
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 20, stdout.lock());
    let mut failed = 0usize;
    // Chunks keep the order stable and memory bounded; a producer thread parses chunk k+1 on the
    // pool while this thread writes chunk k (at most two chunks are in memory).
    let chunk = 64 * pool.current_num_threads().max(1);
    let (tx, rx) = std::sync::mpsc::sync_channel::<(usize, Vec<Result<Vec<u8>, Failed>>)>(1);
    let written: Result<(), Failure> = std::thread::scope(|scope| {
        scope.spawn(|| {
            for (c, group) in files.chunks(chunk).enumerate() {
                let results: Vec<Result<Vec<u8>, Failed>> = pool.install(|| {
                    group
                        .par_iter()
                        .map(|path| {
                            let r = process(cfg, path, output.is_some()).and_then(|line| match output {
                                None => Ok(line),
                                Some(dir) => write_file(cfg, dir, root, path, &line).map(|()| Vec::new()),
                            });
                            bar.inc(1);
                            r
                        })
                        .collect()
                });
                if tx.send((c, results)).is_err() {
                    return; // the writer stopped (a closed pipe)
                }
            }
            drop(tx);
        });
        // (`rx` moves into this closure: when writing fails it is dropped, and the producer's next send
        // fails and ends it, instead of blocking on a full channel forever.)
        for (c, results) in rx {
            for (k, r) in results.into_iter().enumerate() {
                let _writing = super::interrupt::Writing::begin();
                match r {
                    Ok(line) => out.write_all(&line).map_err(Failure::Output)?,
                    Err(why) => {
                        failed += 1;
                        if output.is_some() {
                            eprintln!("dagang: {}", why.0);
                        }
                        out.write_all(&error_line(&files[c * chunk + k], &why)).map_err(Failure::Output)?;
                    }
                }
            }
            let _writing = super::interrupt::Writing::begin();
            out.flush().map_err(Failure::Output)?;
        }
        Ok(())
    });
    written?;
    bar.finish_and_clear();
    Ok(if failed > 0 { exit::SOME_FAILED } else { exit::OK })
}

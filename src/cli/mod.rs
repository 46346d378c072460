//! The command-line interface: arguments → a validated [`Config`] → library → renderer, with errors
//! mapped to exit codes. `main.rs` only calls [`run`].
//!
//! Three modes:
//! - one file (or `-`): the document as one JSON object (or another `--format`);
//! - many files (`dagang A B …`, `-r DIR`): one JSON line per file with its `path`, in a stable order,
//!   files processed in parallel ([`batch`]); with `-o DIR`, one `.json` file per input instead;
//! - `--jsonl`: a streaming filter from JSON Lines on stdin to JSON Lines on stdout ([`stream`]).

pub mod batch;
pub mod interrupt;
pub mod output;
pub mod stream;

use crate::error::{Error, ErrorKind};
use crate::render;
use clap::{Parser as ClapParser, ValueEnum};
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit codes, documented in `--help` and the README.
pub mod exit {
    /// Success.
    pub const OK: u8 = 0;
    /// In batch and JSON Lines modes: at least one document failed (each failure has its own line).
    pub const SOME_FAILED: u8 = 1;
    /// Bad arguments (clap's own code).
    pub const USAGE: u8 = 2;
    /// The file does not exist.
    pub const NOT_FOUND: u8 = 3;
    /// The path is a directory.
    pub const IS_DIRECTORY: u8 = 4;
    /// Permission denied.
    pub const PERMISSION: u8 = 5;
    /// Another I/O error.
    pub const IO: u8 = 6;
    /// The input is a binary file.
    pub const BINARY: u8 = 7;
    /// No supported encoding decodes the input, or the encoding named is unknown.
    pub const UNDECODABLE: u8 = 8;
    /// The input is larger than `--max-bytes`.
    pub const TOO_LARGE: u8 = 9;
}

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The outline as one JSON object (the default).
    Json,
    /// Markdown with real heading levels, metadata as front matter.
    Markdown,
    /// The outline as an indented tree with markers and line numbers.
    Tree,
    /// The clean article: title, headings and paragraphs, boilerplate removed.
    Text,
    /// Every input line with its role and, for removed lines, the reason.
    Explain,
    /// The leaves of the document as JSON Lines `{"kind", "start", "end"}`, tiling the text.
    Nodes,
    /// Chunks for retrieval as JSON Lines, each with the headings above it (see --max-chars); also
    /// in batch and --jsonl modes, each line with the document's `file` or `id`.
    Chunks,
}

/// When to colour the tree and explain views.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Color {
    /// On a terminal, unless NO_COLOR is set or TERM is dumb.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// How line breaks are read (`--line-breaks`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum LineBreaksArg {
    /// Decide from the text: split long lines that hold whole paragraphs, join lines wrapped at the
    /// page width.
    #[default]
    Auto,
    /// Every line is a paragraph, as written.
    Keep,
    /// Look for the paragraphs inside every line, and join wrapped ones.
    Reflow,
}

impl From<LineBreaksArg> for crate::LineBreaks {
    fn from(k: LineBreaksArg) -> crate::LineBreaks {
        match k {
            LineBreaksArg::Auto => crate::LineBreaks::Auto,
            LineBreaksArg::Keep => crate::LineBreaks::Keep,
            LineBreaksArg::Reflow => crate::LineBreaks::Reflow,
        }
    }
}

/// The document's kind (`--kind`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    /// Detect it from the title, the structure and the parts found.
    #[default]
    Auto,
    /// A law or regulation: 条 with 款, 项 （一） and 目 1.
    Law,
    /// An official document (公文): 发文字号, 主送机关, 附件, 落款, 抄送, 印发.
    Official,
    /// A speech: speaker, occasion, salutation.
    Speech,
}

impl From<KindArg> for crate::KindHint {
    fn from(k: KindArg) -> crate::KindHint {
        match k {
            KindArg::Auto => crate::KindHint::Auto,
            KindArg::Law => crate::KindHint::Law,
            KindArg::Official => crate::KindHint::Official,
            KindArg::Speech => crate::KindHint::Speech,
        }
    }
}

const AFTER_HELP: &str = "\
Examples:
  dagang speech.txt                  outline of a file, as JSON
  dagang --pretty speech.txt         indented JSON
  cat page.txt | dagang -            read standard input
  dagang --format tree speech.txt    the outline as a tree (also: markdown, text, explain)
  dagang --format explain page.txt   every line's role, and why boilerplate was removed
  dagang --outline-only --max-level 2 doc.txt   a table of contents as JSON
  dagang --schema                    the JSON Schema of the output
  dagang --format nodes doc.txt      every byte's node, as JSON Lines
  dagang --encoding gbk old.txt      decode as GBK instead of detecting
  dagang --kind law rules.txt        read 款, 项 and 目 even when the title does not say it is a law
  dagang a.txt b.txt c.txt           one JSON line per file, with its path
  ls *.txt | xargs dagang --batch    the same, even when xargs passes a single file
  dagang -r corpus/ > outlines.jsonl every .txt/.md file under a folder, in parallel
  dagang -r corpus/ -o out/          one .json file per input
  dagang -r corpus/ -o md/ --format markdown   one .md file per input
  dagang --jsonl < docs.jsonl        filter: {\"id\":…,\"text\":…} lines in, one outline per line out
  dagang --max-bytes 2G huge.txt     raise the size limit (default 512M; 0: none)

Exit status:
  0 success · 1 some files or lines failed (batch, --jsonl) · 2 bad arguments · 3 no such file
  4 a directory · 5 permission denied · 6 other I/O error · 7 binary input
  8 undecodable input or unknown --encoding · 9 larger than --max-bytes
  130 interrupted (Ctrl-C), between whole outputs";

/// Turn a Chinese document given as plain text into a typed, hierarchical outline in JSON.
#[derive(ClapParser, Debug)]
#[command(name = "dagang", version, about, after_help = AFTER_HELP)]
pub struct Args {
    /// Text files to read (`-` for standard input). One file prints one JSON object; several print
    /// one JSON line per file.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Read every .txt/.md/.text file under DIR (recursively), in parallel.
    #[arg(short = 'r', long = "recursive", value_name = "DIR")]
    pub recursive: Option<PathBuf>,
    /// Write one file per input into DIR (NAME.json, or the --format's extension) instead of JSON
    /// lines on stdout.
    #[arg(short = 'o', long = "output", value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Threads for batch and JSON Lines modes, and for the lines of one large file (default: one per
    /// core; -j1 keeps everything on one thread; at most 8 per core).
    #[arg(short = 'j', long = "jobs", value_name = "N")]
    pub jobs: Option<usize>,
    /// Batch output even for one file: one JSON line with its "path" per file (for scripts that
    /// hand dagang a varying number of files, as `xargs` and GNU parallel do).
    #[arg(long)]
    pub batch: bool,
    /// Filter mode: read JSON Lines from stdin (`{"id": …, "text": …}`), write one outline per line.
    #[arg(long, conflicts_with_all = ["files", "recursive", "output"])]
    pub jsonl: bool,
    /// With --jsonl: the field holding the document's id.
    #[arg(long, value_name = "NAME", default_value = "id")]
    pub id_field: String,
    /// With --jsonl: the field holding the document's text.
    #[arg(long, value_name = "NAME", default_value = "text")]
    pub text_field: String,
    /// Indent the JSON (one file, or each file under -o DIR).
    #[arg(long)]
    pub pretty: bool,
    /// With -o DIR: overwrite outlines already there (without it, an existing file is an error line).
    #[arg(long)]
    pub force: bool,
    /// With --format chunks: at most this many characters a chunk (a longer sentence is cut).
    #[arg(long, value_name = "N", default_value_t = 800, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_chars: u32,
    /// With --format chunks: sections shorter together than this share a chunk.
    #[arg(long, value_name = "N", default_value_t = 200)]
    pub min_chars: u32,
    /// With --format chunks: repeat the last N sentences of the previous chunk of the same section.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub overlap: u32,
    /// Output format, in every mode: under -o DIR each file gets the format's extension; batch
    /// lines on stdout and --jsonl carry a view's text in a field named after the format.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    pub format: Format,
    /// Colour in the tree and explain views.
    #[arg(long, value_enum, default_value_t = Color::Auto, value_name = "WHEN")]
    pub color: Color,
    /// Columns for the tree and explain views (default: $COLUMNS, else the terminal's width, else 80).
    #[arg(long, value_name = "N")]
    pub width: Option<usize>,
    /// JSON without the paragraph text: the outline alone, for a table of contents.
    #[arg(long)]
    pub outline_only: bool,
    /// Keep sections down to this level only.
    #[arg(long, value_name = "N")]
    pub max_level: Option<u32>,
    /// Print the JSON Schema of the output and exit.
    #[arg(long)]
    pub schema: bool,
    /// Decode the input with this encoding (utf-8, gbk, gb18030, utf-16le, big5, …) instead of detecting it.
    #[arg(long, value_name = "NAME")]
    pub encoding: Option<String>,
    /// Keep boilerplate lines in the body, typed (blocks of kind "boilerplate" with their kind and
    /// reason), instead of listing them apart.
    #[arg(long)]
    pub keep_boilerplate: bool,
    /// The document's kind, instead of detecting it.
    #[arg(long, value_enum, value_name = "KIND", default_value = "auto")]
    pub kind: KindArg,
    /// How line breaks are read: auto (split long lines that hold whole paragraphs, join lines
    /// wrapped at the page width), keep (every line is a paragraph) or reflow (look for paragraphs
    /// inside every line).
    #[arg(long, value_enum, value_name = "MODE", default_value = "auto")]
    pub line_breaks: LineBreaksArg,
    /// Turn the boilerplate classifier off: every line is the document's (for clean sources).
    #[arg(long, conflicts_with = "keep_boilerplate")]
    pub no_boilerplate: bool,
    /// Refuse an input (a file, standard input, a --jsonl line) larger than this: a number of bytes,
    /// or with K, M or G (KiB, MiB, GiB); 0 for no limit.
    #[arg(long, value_name = "SIZE", default_value = "512M", value_parser = parse_size)]
    pub max_bytes: u64,
    /// Never draw a progress bar (it is drawn only when stderr is a terminal anyway).
    #[arg(long)]
    pub no_progress: bool,
}

/// `--max-bytes`: `1048576`, `64K`, `512M`, `2G`.
fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let (digits, unit) = match t.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => (&t[..i], &t[i..]),
        None => (t, ""),
    };
    let shift = match unit.to_ascii_uppercase().trim_end_matches("IB").trim_end_matches('B') {
        "" => 0,
        "K" => 10,
        "M" => 20,
        "G" => 30,
        _ => return Err(format!("{s:?}: a number of bytes, or with K, M or G")),
    };
    let n: u64 = digits.parse().map_err(|_| format!("{s:?}: a number of bytes, or with K, M or G"))?;
    n.checked_mul(1 << shift).ok_or_else(|| format!("{s:?}: too large"))
}

/// What the command line asks for, validated.
pub struct Config {
    /// The parser, with its options.
    pub parser: crate::Parser,
    /// `--encoding`.
    pub encoding: Option<String>,
    /// The mode.
    pub mode: Mode,
    /// Threads for parallel modes.
    pub jobs: Option<usize>,
    /// `--max-bytes` (`None`: no limit).
    pub max_bytes: Option<u64>,
    /// Draw a progress bar on stderr.
    pub progress: bool,
    /// Colour for the views people read.
    pub paint: render::term::Paint,
    /// Columns for the views people read.
    pub width: Option<usize>,
    /// `--outline-only`.
    pub outline_only: bool,
    /// `--max-level`.
    pub max_level: Option<u32>,
    /// `--max-chars`, `--min-chars` and `--overlap`: the chunks `--format chunks` writes.
    pub chunks: crate::chunks::ChunkOptions,
    /// `--force`: `-o DIR` overwrites existing outlines.
    pub force: bool,
    /// `--format`, for batch and `--jsonl` modes (single-file mode carries its own).
    pub format: Format,
    /// `--pretty`, for `-o DIR` (single-file mode carries its own).
    pub pretty: bool,
}

/// The three ways to run.
pub enum Mode {
    /// One file or stdin.
    Single {
        /// The file (`-` for stdin).
        file: PathBuf,
        /// Output format.
        format: Format,
        /// Indented JSON.
        pretty: bool,
    },
    /// Print the JSON Schema.
    Schema,
    /// Many files.
    Batch {
        /// The files, in output order.
        files: Vec<PathBuf>,
        /// Write one `.json` per input into this folder.
        output: Option<PathBuf>,
        /// The folder given with `-r` (paths under `-o` mirror it).
        root: Option<PathBuf>,
    },
    /// The JSON Lines filter.
    Stream {
        /// Field holding the id.
        id_field: String,
        /// Field holding the text.
        text_field: String,
    },
}

pub use crate::SCHEMA;

impl Config {
    /// How to read inputs: the size limit, the early binary check unless `--encoding` names what to
    /// decode, and regular files only in batch mode.
    pub fn read_options(&self, regular_only: bool) -> ReadOptions {
        ReadOptions { max_bytes: self.max_bytes, regular_only, sniff_binary: self.encoding.is_none() }
    }

    /// Applies `--outline-only` and `--max-level` to a parsed document.
    pub fn shape<'a>(&self, mut doc: crate::Document<'a>) -> crate::Document<'a> {
        if let Some(n) = self.max_level {
            doc = doc.max_level(n);
        }
        if self.outline_only {
            doc = doc.outline_only();
        }
        doc
    }

    /// Validates the arguments.
    ///
    /// ## Errors
    ///
    /// A usage problem described in one line, or an I/O error while listing `-r DIR`, with the exit
    /// code it calls for (`2` for usage, `3` for a missing `DIR`, …).
    pub fn from_args(args: Args) -> Result<Config, (u8, String)> {
        let usage = |msg: &str| (exit::USAGE, msg.to_string());
        let parser = crate::Parser::new()
            .boilerplate(!args.no_boilerplate)
            .keep_boilerplate(args.keep_boilerplate)
            .kind(args.kind.into())
            .line_breaks(args.line_breaks.into());
        let progress = !args.no_progress && io::stderr().is_terminal();
        let color = match args.color {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => {
                io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
            }
        };
        // --width, else $COLUMNS, else the terminal's own width when stdout is one, else 80.
        let width = args
            .width
            .or_else(|| std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse().ok()))
            .or_else(|| terminal_size::terminal_size_of(io::stdout()).map(|(w, _)| usize::from(w.0)));
        let mode = if args.schema {
            Mode::Schema
        } else if args.jsonl {
            if args.pretty {
                return Err(usage("--jsonl writes JSON lines: --pretty does not apply"));
            }
            Mode::Stream { id_field: args.id_field, text_field: args.text_field }
        } else if args.files.is_empty() && args.recursive.is_none() && !args.batch && !io::stdin().is_terminal() {
            // `cat page.txt | dagang`: with no FILE and text on standard input, read it.
            Mode::Single { file: PathBuf::from("-"), format: args.format, pretty: args.pretty }
        } else if args.files.len() == 1 && args.recursive.is_none() && args.output.is_none() && !args.batch {
            Mode::Single { file: args.files[0].clone(), format: args.format, pretty: args.pretty }
        } else {
            if args.files.is_empty() && args.recursive.is_none() {
                return Err(usage("give a FILE, several FILEs, -r DIR, or --jsonl (see --help)"));
            }
            if args.files.len() == 1 && args.files[0].as_os_str() == "-" {
                return Err(usage("--batch reads files; for documents on standard input use --jsonl"));
            }
            if args.files.iter().any(|f| f.as_os_str() == "-") {
                return Err(usage("`-` (standard input) cannot be mixed with other files"));
            }
            if args.pretty && args.output.is_none() {
                return Err(usage("batch mode writes JSON lines on stdout: --pretty applies with -o DIR"));
            }
            let mut files = args.files;
            if let Some(dir) = &args.recursive {
                let listed = batch::list(dir).map_err(|e| {
                    let code = match e.kind() {
                        io::ErrorKind::NotFound => exit::NOT_FOUND,
                        io::ErrorKind::PermissionDenied => exit::PERMISSION,
                        _ => exit::IO,
                    };
                    (code, format!("{}: {e}", dir.display()))
                })?;
                files.extend(listed);
            }
            Mode::Batch { files, output: args.output, root: args.recursive }
        };
        Ok(Config {
            parser,
            encoding: args.encoding,
            mode,
            jobs: args.jobs,
            max_bytes: (args.max_bytes > 0).then_some(args.max_bytes),
            progress,
            paint: render::term::Paint { on: color },
            width,
            outline_only: args.outline_only,
            max_level: args.max_level,
            force: args.force,
            format: args.format,
            pretty: args.pretty,
            chunks: crate::chunks::ChunkOptions {
                max_chars: args.max_chars as usize,
                min_chars: args.min_chars as usize,
                overlap: args.overlap as usize,
            },
        })
    }
}

fn code_of(kind: ErrorKind) -> u8 {
    match kind {
        ErrorKind::NotFound => exit::NOT_FOUND,
        ErrorKind::IsDirectory => exit::IS_DIRECTORY,
        ErrorKind::PermissionDenied => exit::PERMISSION,
        ErrorKind::Binary => exit::BINARY,
        ErrorKind::Undecodable | ErrorKind::UnknownEncoding => exit::UNDECODABLE,
        ErrorKind::TooLarge => exit::TOO_LARGE,
        _ => exit::IO,
    }
}

/// How inputs are read: the size limit, and where only regular files are read.
#[derive(Clone, Copy, Debug)]
pub struct ReadOptions {
    /// `--max-bytes`: a larger input is refused (`None`: no limit).
    pub max_bytes: Option<u64>,
    /// Refuse FIFOs, devices and sockets (batch mode: a FIFO named `*.txt` under `-r` would block
    /// the run forever, a symlink to `/dev/zero` never end). One file named alone may be one —
    /// `dagang <(curl …)` reads a pipe — and is read up to the size limit.
    pub regular_only: bool,
    /// Refuse binary input on its first 64 KiB, before reading the rest (off when `--encoding` names
    /// what to decode).
    pub sniff_binary: bool,
}

/// The default `--max-bytes`: 512 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 512 << 20;

/// Reads `path` (`-` for standard input) into memory. Files are read, not mapped: a file truncated
/// or rewritten while it is read gives the bytes read (or an error for that file), never a fault.
///
/// ## Errors
///
/// A missing file, a directory (or an unreadable one), a permission error, a special file where
/// `regular_only`, an input over the size limit, binary bytes at the start, or another I/O failure;
/// each with the path.
pub fn read_input(path: &std::path::Path, opts: &ReadOptions) -> Result<Vec<u8>, Error> {
    if path.as_os_str() == "-" {
        return read_bounded(io::stdin().lock(), 0, opts).map_err(|e| e.with_path("<stdin>"));
    }
    let meta = std::fs::metadata(path).map_err(|e| Error::from_io(&e).with_path(path))?;
    if meta.is_dir() {
        return Err(match std::fs::read_dir(path) {
            Err(e) => {
                Error::new(ErrorKind::PermissionDenied, format!("cannot read this folder: {}", Error::from_io(&e)))
            }
            Ok(_) => Error::new(ErrorKind::IsDirectory, "is a directory (give a file, or -r DIR)"),
        }
        .with_path(path));
    }
    if !meta.is_file() && opts.regular_only {
        return Err(Error::new(
            ErrorKind::NotRegular,
            "not a regular file (a FIFO, a device or a socket): name it alone, or pipe it to `dagang -`",
        )
        .with_path(path));
    }
    if let Some(max) = opts.max_bytes.filter(|&m| meta.is_file() && meta.len() > m) {
        return Err(too_large(max).with_path(path));
    }
    let file = std::fs::File::open(path).map_err(|e| Error::from_io(&e).with_path(path))?;
    let hint = if meta.is_file() { meta.len() as usize } else { 0 };
    read_bounded(file, hint, opts).map_err(|e| e.with_path(path))
}

fn too_large(max: u64) -> Error {
    Error::new(ErrorKind::TooLarge, format!("larger than --max-bytes ({max} bytes); raise it, or give --max-bytes 0"))
}

/// Reads `r` to its end, or to one byte past the size limit; the first 64 KiB are looked at for
/// binary bytes before the rest is read (`/dev/zero` is refused at once, not read until memory
/// runs out).
fn read_bounded(r: impl io::Read, hint: usize, opts: &ReadOptions) -> Result<Vec<u8>, Error> {
    use io::Read;
    const HEAD: u64 = 64 << 10;
    let limit = opts.max_bytes.unwrap_or(u64::MAX);
    let mut buf = Vec::with_capacity(hint.min(limit as usize).saturating_add(1));
    let mut r = r.take(limit.saturating_add(1));
    let io_error = |e: io::Error| Error::from_io(&e);
    (&mut r).take(HEAD).read_to_end(&mut buf).map_err(io_error)?;
    if opts.sniff_binary && crate::decode::looks_binary(&buf) {
        return Err(Error::new(ErrorKind::Binary, "looks like a binary file (it holds NUL bytes), not text"));
    }
    if buf.len() as u64 == HEAD {
        r.read_to_end(&mut buf).map_err(io_error)?;
    }
    if buf.len() as u64 > limit {
        return Err(too_large(limit));
    }
    Ok(buf)
}

/// Why a run stopped.
pub enum Failure {
    /// The input could not be read or decoded.
    Input(Error),
    /// Writing the output failed.
    Output(io::Error),
}

/// The input size from which the allocator is told to favour memory over speed ([`prefer_memory`]).
const LARGE_INPUT: usize = 8 << 20;

/// Tells mimalloc (the binary's allocator) to give freed memory back to the system at once and to
/// commit its arenas on demand, instead of keeping freed pages ten milliseconds for reuse and
/// committing arenas whole. On a large input the parse frees as much as it allocates (each stage's
/// vectors once the next has what it needs), and kept pages are peak memory: on 4 MB of headings the
/// peak RSS is halved (184 → 95 MB). On the corpus of small documents the same options cost ≈ 8 %, so
/// they are set only for an input of [`LARGE_INPUT`] or more.
///
/// The option numbers are those of `mi_option_t` in mimalloc v3's `mimalloc.h` (the version
/// libmimalloc-sys builds by default): 15 `mi_option_purge_delay`, 4 `mi_option_arena_eager_commit`.
/// An unknown option number is ignored by mimalloc.
fn prefer_memory() {
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    const ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;
    // SAFETY: `mi_option_set` only stores an integer in mimalloc's option table; it takes no pointers.
    #[allow(unsafe_code)]
    unsafe {
        libmimalloc_sys::mi_option_set(PURGE_DELAY, 0);
        libmimalloc_sys::mi_option_set(ARENA_EAGER_COMMIT, 0);
    }
}

fn single(cfg: &Config, file: &std::path::Path, format: Format, pretty: bool) -> Result<(), Failure> {
    let bytes = read_input(file, &cfg.read_options(false)).map_err(Failure::Input)?;
    if bytes.len() >= LARGE_INPUT {
        prefer_memory();
    }
    let name: PathBuf = if file.as_os_str() == "-" { "<stdin>".into() } else { file.to_path_buf() };
    let src = crate::decode::decode(&bytes, cfg.encoding.as_deref()).map_err(|e| Failure::Input(e.with_path(name)))?;
    let doc = cfg.parser.parse_decoded(&src);
    let text: &str = &src.text;
    // (The document is written whole or not at all: see `interrupt`.)
    let _writing = interrupt::Writing::begin();
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    output::write(cfg, format, pretty, cfg.paint, text, doc, &mut out)
        .and_then(|_| out.flush())
        .map_err(Failure::Output)
}

/// Runs the command line and returns the exit code.
pub fn run() -> ExitCode {
    interrupt::install();
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { exit::USAGE } else { exit::OK });
        }
    };
    let cfg = match Config::from_args(args) {
        Ok(c) => c,
        Err((code, msg)) => {
            eprintln!("dagang: {msg}");
            return ExitCode::from(code);
        }
    };
    let result = match &cfg.mode {
        // A large file's lines are read on all cores; `-j N` bounds that too (`-j1`: one thread).
        Mode::Single { file, format, pretty } => match cfg.jobs {
            Some(_) => pool(cfg.jobs).install(|| single(&cfg, file, *format, *pretty)),
            None => single(&cfg, file, *format, *pretty),
        }
        .map(|()| exit::OK),
        Mode::Schema => io::stdout().write_all(SCHEMA.as_bytes()).map(|()| exit::OK).map_err(Failure::Output),
        Mode::Batch { files, output, root } => batch::run(&cfg, files, output.as_deref(), root.as_deref()),
        Mode::Stream { id_field, text_field } => stream::run(&cfg, id_field, text_field),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        // A closed pipe (`dagang big.txt | head`) is how a reader says it has enough: exit quietly.
        Err(Failure::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(exit::OK),
        Err(Failure::Output(e)) => {
            eprintln!("dagang: cannot write output: {e}");
            ExitCode::from(exit::IO)
        }
        Err(Failure::Input(e)) => {
            eprintln!("dagang: {e}");
            ExitCode::from(code_of(e.kind()))
        }
    }
}

/// The most threads `-j` starts: 8 per core (the work is CPU-bound; `-j 100000` once spent half a
/// minute starting threads).
pub fn max_jobs() -> usize {
    8 * std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// A rayon pool with `jobs` threads (one per core by default, at most [`max_jobs`]).
pub(crate) fn pool(jobs: Option<usize>) -> rayon::ThreadPool {
    let mut b = rayon::ThreadPoolBuilder::new();
    if let Some(n) = jobs.filter(|&n| n > 0) {
        b = b.num_threads(n.min(max_jobs()));
    }
    b.build().unwrap_or_else(|_| rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("a one-thread pool"))
}

/// A progress bar on stderr, or a hidden one.
pub(crate) fn progress_bar(show: bool, len: Option<u64>) -> indicatif::ProgressBar {
    if !show {
        return indicatif::ProgressBar::hidden();
    }
    let bar = match len {
        Some(n) => indicatif::ProgressBar::new(n),
        None => indicatif::ProgressBar::new_spinner(),
    };
    bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{spinner} {pos}/{len} documents {per_sec} {elapsed_precise} {wide_bar}",
    ) {
        bar.set_style(style);
    }
    bar
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Args::command().debug_assert();
    }

    #[test]
    fn sizes_read_with_their_units() {
        for (s, n) in [("0", Some(0)), ("1024", Some(1024)), ("64K", Some(64 << 10)), ("512M", Some(512 << 20))]
            .into_iter()
            .chain([("2G", Some(2u64 << 30)), ("3mib", Some(3 << 20)), ("1KB", Some(1024)), ("12X", None), ("M", None)])
        {
            assert_eq!(parse_size(s).ok(), n, "{s}");
        }
    }
}

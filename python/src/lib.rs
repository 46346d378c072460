//! Python bindings of dagang (the module `dagang._dagang`; `dagang/__init__.py` is its face).
//!
//! Each call parses in Rust and hands Python the same JSON contract as the command line, read by
//! Python's own `json` module, with one change that Python needs: every span's `start` and `end`
//! are character offsets into the text (what `text[start:end]` slices), and its byte offsets are
//! kept as `byte_start` and `byte_end`. The `_many` calls release the interpreter while they parse,
//! on every core (or `jobs` threads), and return the results in input order.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString};
use rayon::prelude::*;

pyo3::create_exception!(
    _dagang,
    DecodeError,
    PyValueError,
    "The bytes could not be decoded (binary input, undecodable bytes or an unknown encoding)."
);

/// The parser options a call names.
#[derive(Clone)]
struct Settings {
    parser: dagang::Parser,
    encoding: Option<String>,
}

fn settings(
    kind: &str,
    boilerplate: bool,
    keep_boilerplate: bool,
    encoding: Option<String>,
    line_breaks: &str,
) -> PyResult<Settings> {
    let kind = match kind {
        "auto" => dagang::KindHint::Auto,
        "law" => dagang::KindHint::Law,
        "official" => dagang::KindHint::Official,
        "speech" => dagang::KindHint::Speech,
        other => {
            return Err(PyValueError::new_err(format!("kind must be auto, law, official or speech, not {other:?}")))
        }
    };
    let line_breaks = match line_breaks {
        "auto" => dagang::LineBreaks::Auto,
        "keep" => dagang::LineBreaks::Keep,
        "reflow" => dagang::LineBreaks::Reflow,
        other => return Err(PyValueError::new_err(format!("line_breaks must be auto, keep or reflow, not {other:?}"))),
    };
    let parser = dagang::Parser::new()
        .kind(kind)
        .boilerplate(boilerplate)
        .keep_boilerplate(keep_boilerplate && boilerplate)
        .line_breaks(line_breaks);
    Ok(Settings { parser, encoding })
}

/// A document given from Python: text, or bytes to decode.
enum Input {
    Text(String),
    Bytes(Vec<u8>),
}

fn input(obj: &Bound<'_, PyAny>) -> PyResult<Input> {
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Input::Text(s.to_cow()?.into_owned()));
    }
    if let Ok(b) = obj.cast::<PyBytes>() {
        return Ok(Input::Bytes(b.as_bytes().to_vec()));
    }
    Err(pyo3::exceptions::PyTypeError::new_err(format!("text must be str or bytes, not {}", obj.get_type().name()?)))
}

/// What one document gives: its JSON with character spans, or why it could not be decoded.
type Outcome = Result<String, String>;

/// Character offsets of byte offsets: `chars[b]` is the number of characters before byte `b`.
fn char_offsets(text: &str) -> Vec<u32> {
    let mut out = vec![0u32; text.len() + 1];
    let mut n = 0u32;
    let mut at = 0;
    for c in text.chars() {
        for slot in out.iter_mut().skip(at).take(c.len_utf8()) {
            *slot = n;
        }
        at += c.len_utf8();
        n += 1;
    }
    out[text.len()] = n;
    out
}

/// Rewrites every span of `value` (an object with integer `start` and `end`, and `line`) to
/// character offsets, keeping the byte offsets as `byte_start` and `byte_end`.
fn to_chars(value: &mut serde_json::Value, chars: &[u32]) {
    match value {
        serde_json::Value::Object(map) => {
            let span = map.get("line").is_some()
                && map.get("start").and_then(|v| v.as_u64()).is_some()
                && map.get("end").and_then(|v| v.as_u64()).is_some();
            if span {
                let at = |k: &str| map.get(k).and_then(|v| v.as_u64()).unwrap_or(0) as usize;
                let (s, e) = (at("start"), at("end"));
                let c = |b: usize| chars.get(b).copied().unwrap_or_else(|| chars.last().copied().unwrap_or(0));
                map.insert("byte_start".into(), s.into());
                map.insert("byte_end".into(), e.into());
                map.insert("start".into(), c(s).into());
                map.insert("end".into(), c(e).into());
            }
            for v in map.values_mut() {
                to_chars(v, chars);
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(|v| to_chars(v, chars)),
        _ => {}
    }
}

/// Parses (or decodes and parses) one document; `chunks` gives its chunks instead of its outline.
fn run(doc_in: &Input, s: &Settings, chunks: Option<&dagang::ChunkOptions>) -> Outcome {
    match doc_in {
        Input::Text(t) => render(t, &s.parser.parse(t), chunks, false),
        Input::Bytes(b) => {
            let src = dagang::decode::decode(b, s.encoding.as_deref()).map_err(|e| e.to_string())?;
            let doc = s.parser.parse_decoded(&src);
            render(&src.text, &doc, chunks, true)
        }
    }
}

/// The outline (or the chunks) of `doc` as JSON with character spans; a decoded text is given back
/// under `text`, since the spans point into it.
fn render(text: &str, doc: &dagang::Document<'_>, chunks: Option<&dagang::ChunkOptions>, decoded: bool) -> Outcome {
    let chars = char_offsets(text);
    let mut value = match chunks {
        Some(options) => serde_json::to_value(dagang::chunks(doc, options)).map_err(|e| e.to_string())?,
        None => serde_json::from_str(&dagang::render::json::to_string(doc)).map_err(|e| e.to_string())?,
    };
    to_chars(&mut value, &chars);
    if decoded && chunks.is_none() {
        if let serde_json::Value::Object(map) = &mut value {
            map.insert("text".into(), text.into());
        }
    }
    Ok(value.to_string())
}

fn loads<'py>(py: Python<'py>, json: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.call_method1("loads", (json,))
}

fn finish<'py>(py: Python<'py>, outcome: Outcome) -> PyResult<Bound<'py, PyAny>> {
    match outcome {
        Ok(json) => loads(py, &json),
        Err(msg) => Err(DecodeError::new_err(msg)),
    }
}

fn chunk_options(max_chars: usize, min_chars: usize, overlap: usize) -> PyResult<dagang::ChunkOptions> {
    if max_chars == 0 {
        return Err(PyValueError::new_err("max_chars must be at least 1"));
    }
    Ok(dagang::ChunkOptions { max_chars, min_chars, overlap })
}

/// Runs `run` over many inputs with the interpreter released, on `jobs` threads (every core by
/// default), in input order.
fn many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    s: &Settings,
    chunks: Option<dagang::ChunkOptions>,
    jobs: Option<usize>,
) -> PyResult<Vec<Outcome>> {
    let inputs: Vec<Input> = texts.try_iter()?.map(|t| input(&t?)).collect::<PyResult<_>>()?;
    if jobs == Some(0) {
        return Err(PyValueError::new_err("jobs must be at least 1"));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.unwrap_or(0))
        .build()
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    Ok(py.detach(|| pool.install(|| inputs.par_iter().map(|d| run(d, s, chunks.as_ref())).collect())))
}

/// parse(text, *, kind="auto", boilerplate=True, keep_boilerplate=False, encoding=None, line_breaks="auto")
#[pyfunction]
#[pyo3(signature = (text, *, kind="auto", boilerplate=true, keep_boilerplate=false, encoding=None, line_breaks="auto"))]
fn parse<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    kind: &str,
    boilerplate: bool,
    keep_boilerplate: bool,
    encoding: Option<String>,
    line_breaks: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let s = settings(kind, boilerplate, keep_boilerplate, encoding, line_breaks)?;
    let doc = input(text)?;
    let outcome = py.detach(|| run(&doc, &s, None));
    finish(py, outcome)
}

/// chunks(text, *, max_chars=800, min_chars=200, overlap=0, kind="auto", boilerplate=True, encoding=None, line_breaks="auto")
#[pyfunction]
#[pyo3(signature = (text, *, max_chars=800, min_chars=200, overlap=0, kind="auto", boilerplate=true, encoding=None, line_breaks="auto"))]
#[allow(clippy::too_many_arguments)]
fn chunks<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    max_chars: usize,
    min_chars: usize,
    overlap: usize,
    kind: &str,
    boilerplate: bool,
    encoding: Option<String>,
    line_breaks: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let s = settings(kind, boilerplate, false, encoding, line_breaks)?;
    let options = chunk_options(max_chars, min_chars, overlap)?;
    let doc = input(text)?;
    let outcome = py.detach(|| run(&doc, &s, Some(&options)));
    finish(py, outcome)
}

/// parse_many(texts, *, jobs=None, kind="auto", boilerplate=True, keep_boilerplate=False, encoding=None, line_breaks="auto")
#[pyfunction]
#[pyo3(signature = (texts, *, jobs=None, kind="auto", boilerplate=true, keep_boilerplate=false, encoding=None, line_breaks="auto"))]
#[allow(clippy::too_many_arguments)]
fn parse_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    jobs: Option<usize>,
    kind: &str,
    boilerplate: bool,
    keep_boilerplate: bool,
    encoding: Option<String>,
    line_breaks: &str,
) -> PyResult<Bound<'py, PyList>> {
    let s = settings(kind, boilerplate, keep_boilerplate, encoding, line_breaks)?;
    let outcomes = many(py, texts, &s, None, jobs)?;
    let out = PyList::empty(py);
    for o in outcomes {
        out.append(finish(py, o)?)?;
    }
    Ok(out)
}

/// chunks_many(texts, *, jobs=None, max_chars=800, min_chars=200, overlap=0, kind="auto", boilerplate=True, encoding=None, line_breaks="auto")
#[pyfunction]
#[pyo3(signature = (texts, *, jobs=None, max_chars=800, min_chars=200, overlap=0, kind="auto", boilerplate=true, encoding=None, line_breaks="auto"))]
#[allow(clippy::too_many_arguments)]
fn chunks_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    jobs: Option<usize>,
    max_chars: usize,
    min_chars: usize,
    overlap: usize,
    kind: &str,
    boilerplate: bool,
    encoding: Option<String>,
    line_breaks: &str,
) -> PyResult<Bound<'py, PyList>> {
    let s = settings(kind, boilerplate, false, encoding, line_breaks)?;
    let options = chunk_options(max_chars, min_chars, overlap)?;
    let outcomes = many(py, texts, &s, Some(options), jobs)?;
    let out = PyList::empty(py);
    for o in outcomes {
        out.append(finish(py, o)?)?;
    }
    Ok(out)
}

/// The module.
#[pymodule]
fn _dagang(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(chunks, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add_function(wrap_pyfunction!(chunks_many, m)?)?;
    m.add("DecodeError", m.py().get_type::<DecodeError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}

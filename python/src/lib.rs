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
    let Some(options) = chunks else {
        let json = dagang::render::json::to_string_char_spans(doc, text);
        return Ok(if decoded {
            // `{…}` with `"text":…` added before its closing brace.
            let mut json = json;
            json.pop();
            json.push_str(",\"text\":");
            json.push_str(&dagang::render::json::quote(text));
            json.push('}');
            json
        } else {
            json
        });
    };
    let mut value = serde_json::to_value(dagang::chunks(doc, options)).map_err(|e| e.to_string())?;
    dagang::render::json::char_spans(&mut value, &dagang::render::json::char_offsets(text));
    Ok(value.to_string())
}

fn loads<'py>(py: Python<'py>, json: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.call_method1("loads", (json,))
}

fn finish<'py>(py: Python<'py>, outcome: Outcome, as_json: bool) -> PyResult<Bound<'py, PyAny>> {
    match outcome {
        Ok(json) if as_json => Ok(PyString::new(py, &json).into_any()),
        Ok(json) => loads(py, &json),
        Err(msg) => Err(DecodeError::new_err(msg)),
    }
}

/// [`finish`] for each outcome, as a list in input order.
fn finish_all<'py>(py: Python<'py>, outcomes: Vec<Outcome>, as_json: bool) -> PyResult<Bound<'py, PyList>> {
    let out = PyList::empty(py);
    for o in outcomes {
        out.append(finish(py, o, as_json)?)?;
    }
    Ok(out)
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
#[pyo3(signature = (text, *, kind="auto", boilerplate=true, keep_boilerplate=false, encoding=None, line_breaks="auto", json=false))]
#[allow(clippy::too_many_arguments)]
fn parse<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    kind: &str,
    boilerplate: bool,
    keep_boilerplate: bool,
    encoding: Option<String>,
    line_breaks: &str,
    json: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let s = settings(kind, boilerplate, keep_boilerplate, encoding, line_breaks)?;
    let doc = input(text)?;
    let outcome = py.detach(|| run(&doc, &s, None));
    finish(py, outcome, json)
}

/// chunks(text, *, max_chars=800, min_chars=200, overlap=0, kind="auto", boilerplate=True, encoding=None, line_breaks="auto")
#[pyfunction]
#[pyo3(signature = (text, *, max_chars=800, min_chars=200, overlap=0, kind="auto", boilerplate=true, encoding=None, line_breaks="auto", json=false))]
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
    json: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let s = settings(kind, boilerplate, false, encoding, line_breaks)?;
    let options = chunk_options(max_chars, min_chars, overlap)?;
    let doc = input(text)?;
    let outcome = py.detach(|| run(&doc, &s, Some(&options)));
    finish(py, outcome, json)
}

/// parse_many(texts, *, jobs=None, kind="auto", boilerplate=True, keep_boilerplate=False, encoding=None, line_breaks="auto")
#[pyfunction]
#[pyo3(signature = (texts, *, jobs=None, kind="auto", boilerplate=true, keep_boilerplate=false, encoding=None, line_breaks="auto", json=false))]
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
    json: bool,
) -> PyResult<Bound<'py, PyList>> {
    let s = settings(kind, boilerplate, keep_boilerplate, encoding, line_breaks)?;
    finish_all(py, many(py, texts, &s, None, jobs)?, json)
}

/// chunks_many(texts, *, jobs=None, max_chars=800, min_chars=200, overlap=0, kind="auto", boilerplate=True, encoding=None, line_breaks="auto")
#[pyfunction]
#[pyo3(signature = (texts, *, jobs=None, max_chars=800, min_chars=200, overlap=0, kind="auto", boilerplate=true, encoding=None, line_breaks="auto", json=false))]
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
    json: bool,
) -> PyResult<Bound<'py, PyList>> {
    let s = settings(kind, boilerplate, false, encoding, line_breaks)?;
    let options = chunk_options(max_chars, min_chars, overlap)?;
    finish_all(py, many(py, texts, &s, Some(options), jobs)?, json)
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

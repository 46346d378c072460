//! Errors: the hard failures that stop a document from being read (I/O, undecodable or binary bytes).
//! Parsing text never fails; what the parser notices goes into [`Diagnostic`](crate::model::Diagnostic)s.

use std::fmt;
use std::path::PathBuf;

/// What went wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file does not exist.
    NotFound,
    /// The path is a directory.
    IsDirectory,
    /// The file cannot be read for lack of permission.
    PermissionDenied,
    /// Another I/O failure.
    Io,
    /// The bytes look like a binary file (NUL bytes, an image).
    Binary,
    /// No supported encoding decodes the bytes.
    Undecodable,
    /// The encoding named with `--encoding` is unknown.
    UnknownEncoding,
    /// The input is larger than the limit (`--max-bytes`).
    TooLarge,
    /// Not a regular file (a FIFO, a device, a socket) where files are listed (`-r DIR`, batch mode).
    NotRegular,
}

impl ErrorKind {
    /// The kind's name in batch and JSON Lines error lines (`"code"`): `not_found`, `is_directory`,
    /// `permission_denied`, `io`, `binary`, `undecodable`, `unknown_encoding`, `too_large`,
    /// `not_regular`.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::NotFound => "not_found",
            ErrorKind::IsDirectory => "is_directory",
            ErrorKind::PermissionDenied => "permission_denied",
            ErrorKind::Io => "io",
            ErrorKind::Binary => "binary",
            ErrorKind::Undecodable => "undecodable",
            ErrorKind::UnknownEncoding => "unknown_encoding",
            ErrorKind::TooLarge => "too_large",
            ErrorKind::NotRegular => "not_regular",
        }
    }
}

/// A hard error, with the path it concerns when there is one.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
    path: Option<PathBuf>,
    detail: String,
}

impl Error {
    /// A new error of `kind` with a detail message (lowercase, no final period).
    pub fn new(kind: ErrorKind, detail: impl Into<String>) -> Error {
        Error { kind, path: None, detail: detail.into() }
    }

    /// The same error, about `path`.
    pub fn with_path(mut self, path: impl Into<PathBuf>) -> Error {
        self.path = Some(path.into());
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The path the error concerns.
    pub fn path(&self) -> Option<&std::path::Path> {
        self.path.as_deref()
    }

    /// From an I/O error, classified by its kind.
    pub fn from_io(e: &std::io::Error) -> Error {
        let kind = match e.kind() {
            std::io::ErrorKind::NotFound => ErrorKind::NotFound,
            std::io::ErrorKind::PermissionDenied => ErrorKind::PermissionDenied,
            std::io::ErrorKind::IsADirectory => ErrorKind::IsDirectory,
            _ => ErrorKind::Io,
        };
        let detail = match kind {
            ErrorKind::NotFound => "no such file".to_string(),
            ErrorKind::PermissionDenied => "permission denied".to_string(),
            ErrorKind::IsDirectory => "is a directory (give a file, or use -r DIR for a folder)".to_string(),
            _ => e.to_string().to_lowercase(),
        };
        Error::new(kind, detail)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.path {
            Some(p) => write!(f, "{}: {}", p.display(), self.detail),
            None => f.write_str(&self.detail),
        }
    }
}

impl std::error::Error for Error {}

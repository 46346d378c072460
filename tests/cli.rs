//! CLI tests: run the built binary the way a user does.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn dagang(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dagang"));
    cmd.args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("the binary runs");
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

fn seed() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/seed/fanwen_speech.txt").to_string()
}

fn tempdir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("dagang-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn should_print_the_outline_of_a_file() {
    let out = dagang(&[&seed()], None);
    assert!(out.status.success(), "should exit 0: {}", String::from_utf8_lossy(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("should print one JSON object");
    assert_eq!(doc["title"]["text"], "在市委理论学习中心组学习研讨会上的发言(新质生产力)");
    assert_eq!(doc["sections"].as_array().unwrap().len(), 5, "should find the five 第X、 headings");
    assert_eq!(doc["meta"]["word_count"], 2276);
    assert_eq!(out.stdout.iter().filter(|&&b| b == b'\n').count(), 1, "should print compact JSON on one line");
}

#[test]
fn should_read_stdin_and_pretty_print() {
    let out = dagang(&["--pretty", "-"], Some("一、总则\n（一）目的。为了规范管理。\n".as_bytes()));
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("\n  \"version\": 1"), "should indent the JSON");
    let doc: serde_json::Value = serde_json::from_str(&s).unwrap();
    assert_eq!(doc["sections"][0]["sections"][0]["heading"], "目的。");
}

#[test]
fn should_fail_clearly_on_a_missing_file() {
    let out = dagang(&["/no/such/file.txt"], None);
    assert_eq!(out.status.code(), Some(3), "should exit 3 for a missing file");
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "should print one line: {err}");
    assert!(err.contains("/no/such/file.txt") && err.contains("no such file"), "should name the file: {err}");
    assert!(out.stdout.is_empty(), "should print nothing on stdout");
}

#[test]
fn should_fail_clearly_on_a_directory() {
    let d = tempdir("dir");
    let out = dagang(&[d.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(4), "should exit 4 for a directory");
    assert!(String::from_utf8_lossy(&out.stderr).contains("is a directory"));
}

#[test]
fn should_refuse_a_binary_file() {
    let d = tempdir("bin");
    let p = d.join("image.png");
    std::fs::write(&p, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").unwrap();
    let out = dagang(&[p.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(7), "should exit 7 for binary input");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("image.png") && err.contains("binary"), "should say why: {err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn should_give_a_valid_empty_outline_for_empty_input() {
    for input in ["", "  \n\u{3000}\n\n"] {
        let out = dagang(&["-"], Some(input.as_bytes()));
        assert!(out.status.success(), "should exit 0 for {input:?}");
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(doc["sections"].as_array().unwrap().is_empty());
        assert!(doc["title"].is_null());
    }
}

#[test]
fn should_print_nodes_that_tile_the_text() {
    let out = dagang(&["--format", "nodes", &seed()], None);
    assert!(out.status.success());
    let text = std::fs::read(seed()).unwrap();
    let mut at = 0;
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let n: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(n["start"].as_u64().unwrap() as usize, at, "should start where the previous node ended");
        at = n["end"].as_u64().unwrap() as usize;
    }
    assert_eq!(at, text.len(), "should end at the text's length");
}

#[test]
fn should_decode_gbk() {
    let (bytes, _, _) = encoding_rs::GBK.encode("一、总则\n（一）目的。为了规范管理。\n");
    let out = dagang(&["-"], Some(&bytes));
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["source"]["encoding"], "GB18030");
    assert_eq!(doc["sections"][0]["heading"], "总则");
}

#[test]
fn should_document_exit_codes_in_help() {
    let out = dagang(&["--help"], None);
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    for want in ["Exit status", "3 no such file", "7 binary input", "Examples"] {
        assert!(help.contains(want), "should mention {want:?} in --help");
    }
}

#[test]
fn should_keep_boilerplate_typed_in_the_body() {
    let out = dagang(&["--keep-boilerplate", &seed()], None);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(doc["boilerplate"].as_array().unwrap().is_empty(), "should remove nothing");
    let banner = &doc["preamble"][0];
    assert_eq!(banner["kind"], "boilerplate", "should keep the banner as a typed block");
    assert_eq!(banner["boilerplate"]["kind"], "banner");
    assert!(banner["boilerplate"]["reason"].as_str().unwrap().contains("site_banner"));
    let last = doc["sections"][4]["blocks"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["boilerplate"]["kind"], "share", "should keep the share widget typed");
}

#[test]
fn should_turn_the_classifier_off() {
    let out = dagang(&["--no-boilerplate", &seed()], None);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(doc["boilerplate"].as_array().unwrap().is_empty());
    assert_eq!(doc["preamble"][0]["kind"], "paragraph", "should read the banner as text");
}

//! The hostile I/O run of issue 14, each finding a test: streams and batches that never hang and
//! never lose a document. Every run here has a deadline: a hang fails the test instead of holding CI.
#![cfg(unix)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const DEADLINE: Duration = Duration::from_secs(60);

fn spawn(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_dagang"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs")
}

/// Runs dagang with `stdin`, and kills it (failing the test) past the deadline.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = spawn(args);
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let pid = child.id();
    let watchdog = std::thread::spawn(move || {
        let start = Instant::now();
        while start.elapsed() < DEADLINE {
            std::thread::sleep(Duration::from_millis(50));
            if !Path::new(&format!("/proc/{pid}")).exists() {
                return false;
            }
        }
        let _ = Command::new("kill").args(["-KILL", &pid.to_string()]).status();
        true
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    drop(watchdog); // (it ends by itself once the process is gone)
    out
}

fn tempdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("dagang-io-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("a whole JSON line: {e}: {l:?}")))
        .collect()
}

const DOC: &str = "关于加强管理的通知\n一、总体要求\n做好工作。\n二、主要任务\n抓好落实。\n";

#[test]
fn jsonl_ids_come_back_byte_for_byte() {
    let input = "\u{FEFF}{\"id\":123456789012345678901234567890,\"text\":\"一、总则\"}\n{\"id\":-0,\"text\":\"x\"}\n\
                 {\"id\":1.50,\"text\":\"x\"}\n{\"id\":\"a\\u00e9\",\"text\":\"x\"}\n{\"id\":[1, 2],\"text\":\"x\"}\n";
    let out = run(&["--jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let ids: Vec<&str> = text.lines().map(|l| &l[6..l.find(",\"version\"").unwrap()]).collect();
    assert_eq!(ids, ["123456789012345678901234567890", "-0", "1.50", "\"a\\u00e9\"", "[1, 2]"]);
}

#[test]
fn a_bad_jsonl_line_gives_one_error_line_and_the_stream_goes_on() {
    let mut input = Vec::new();
    for i in 0..2001 {
        if i == 300 {
            input.extend_from_slice(b"{\"id\":300,\"text\":\"\xff\xfe\"}\n");
        } else {
            input.extend_from_slice(format!("{{\"id\":{i},\"text\":\"一、总则\\n正文{i}。\"}}\n").as_bytes());
        }
    }
    let out = run(&["--jsonl"], &input);
    assert_eq!(out.status.code(), Some(1), "some line failed");
    let got = lines(&out);
    assert_eq!(got.len(), 2001, "one line out per line in");
    for (i, v) in got.iter().enumerate() {
        assert_eq!(v["id"], i, "in input order");
        assert_eq!(v.get("error").is_some(), i == 300, "{v}");
    }
    assert_eq!(got[300]["code"], "not_utf8");
}

#[test]
fn a_jsonl_line_over_the_limit_is_an_error_line() {
    let long = format!("{{\"id\":2,\"text\":\"{}\"}}\n", "长".repeat(400));
    let input = format!("{{\"id\":1,\"text\":\"短\"}}\n{long}{{\"id\":3,\"text\":\"短\"}}\n");
    let out = run(&["--jsonl", "--max-bytes", "1K"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let got = lines(&out);
    assert_eq!(got.len(), 3);
    assert_eq!((got[0]["id"].as_i64(), got[2]["id"].as_i64()), (Some(1), Some(3)));
    assert_eq!((got[1]["line"].as_i64(), got[1]["code"].as_str()), (Some(2), Some("too_large")));
}

#[test]
fn special_files_under_r_are_error_lines_not_hangs() {
    let d = tempdir("special");
    std::fs::write(d.join("a.txt"), DOC).unwrap();
    assert!(Command::new("mkfifo").arg(d.join("fifo.txt")).status().unwrap().success());
    std::os::unix::fs::symlink("/dev/zero", d.join("zero.txt")).unwrap();
    let out = run(&["-r", d.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1), "two files failed");
    let got = lines(&out);
    assert_eq!(got.len(), 3, "a line per file");
    assert!(got[0]["sections"].is_array(), "a.txt has its outline");
    for v in &got[1..] {
        assert_eq!(v["code"], "not_regular", "{v}");
    }
}

#[test]
fn dev_zero_is_refused_on_its_first_bytes() {
    let out = run(&["/dev/zero"], b"");
    assert_eq!(out.status.code(), Some(7), "binary input");
    let out = run(&["-"], &[0u8; 1 << 20]);
    assert_eq!(out.status.code(), Some(7), "binary standard input");
}

#[test]
fn inputs_over_max_bytes_are_refused() {
    let d = tempdir("max");
    let f = d.join("a.txt");
    std::fs::write(&f, DOC.repeat(100)).unwrap();
    let out = run(&["--max-bytes", "1K", f.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(9), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--max-bytes"));
    let out = run(&["--max-bytes", "1K", "-"], DOC.repeat(100).as_bytes());
    assert_eq!(out.status.code(), Some(9), "standard input too");
    let out = run(&["--max-bytes", "0", f.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0), "0: no limit");
    let out = run(&["--max-bytes", "12X", f.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2), "a bad size is a usage error");
}

#[test]
fn a_huge_jobs_count_is_capped() {
    let d = tempdir("jobs");
    for i in 0..3 {
        std::fs::write(d.join(format!("{i}.txt")), DOC).unwrap();
    }
    let out = run(&["-j", "100000", "-r", d.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(lines(&out).len(), 3);
}

#[test]
fn error_lines_carry_a_code_and_match_the_schema() {
    let schema: serde_json::Value = serde_json::from_str(dagang::SCHEMA).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let d = tempdir("codes");
    std::fs::write(d.join("ok.txt"), DOC).unwrap();
    std::fs::write(d.join("bin.txt"), b"\0\x01\x02binary").unwrap();
    let ok = d.join("ok.txt");
    let out = run(&["--batch", "/no/such/file.txt", d.join("bin.txt").to_str().unwrap(), ok.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let got = lines(&out);
    assert_eq!((got[0]["code"].as_str(), got[1]["code"].as_str()), (Some("not_found"), Some("binary")));
    assert!(got[0]["error"].as_str().unwrap().contains("no such file"));
    let out = run(&["--jsonl"], b"{\"id\":1}\nnot json\n{\"id\":2,\"text\":\"\xff\"}\n");
    let streamed = lines(&out);
    assert_eq!(
        streamed.iter().map(|v| v["code"].as_str().unwrap()).collect::<Vec<_>>(),
        ["no_text", "not_json", "not_utf8"]
    );
    for v in got.iter().chain(&streamed) {
        assert!(validator.is_valid(v), "should match the schema: {v}");
    }
    let bad = serde_json::json!({"path": "x", "error": "e", "code": "no_such_code"});
    assert!(!validator.is_valid(&bad), "the codes are a closed list");
}

#[test]
fn an_unreadable_folder_under_r_is_an_error_line() {
    use std::os::unix::fs::PermissionsExt;
    let d = tempdir("unreadable");
    std::fs::write(d.join("a.txt"), DOC).unwrap();
    let sub = d.join("locked");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(sub.join("b.txt"), DOC).unwrap();
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read_dir(&sub).is_ok() {
        // (Running as root: permissions do not stop it.)
        std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o755)).unwrap();
        eprintln!("skipped: folder permissions do not apply to this user");
        return;
    }
    let out = run(&["-r", d.to_str().unwrap()], b"");
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(out.status.code(), Some(1));
    let got = lines(&out);
    assert_eq!(got.len(), 2);
    assert_eq!(got[1]["code"], "permission_denied", "{}", got[1]);
}

/// Rewrites and truncates `big` over and over until `stop`.
fn churn(big: PathBuf, stop: std::sync::Arc<std::sync::atomic::AtomicBool>) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let body = DOC.repeat(200_000);
        let mut n = 0usize;
        while !stop.load(std::sync::atomic::Ordering::Relaxed) {
            let f = std::fs::OpenOptions::new().write(true).open(&big).unwrap();
            let _ = f.set_len(if n % 2 == 0 { 1000 } else { body.len() as u64 });
            drop(f);
            if n % 2 == 1 {
                let _ = std::fs::write(&big, &body);
            }
            n += 1;
        }
    })
}

#[test]
fn a_file_changed_while_it_is_read_costs_no_other_file() {
    let d = tempdir("changed");
    for i in 0..44 {
        std::fs::write(d.join(format!("good{i:02}.txt")), DOC).unwrap();
    }
    let big = d.join("big.txt");
    std::fs::write(&big, DOC.repeat(200_000)).unwrap(); // 16 MB
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let churner = churn(big, stop.clone());
    for _ in 0..5 {
        let out = run(&["-r", d.to_str().unwrap()], b"");
        assert!(matches!(out.status.code(), Some(0 | 1)), "no crash: {:?}", out.status);
        let got = lines(&out);
        assert_eq!(got.len(), 45, "a line per file");
        let good = got.iter().filter(|v| v["path"].as_str().unwrap().contains("good") && v["sections"].is_array());
        assert_eq!(good.count(), 44, "every other file has its outline");
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    churner.join().unwrap();
}

/// Starts `args`, waits until `ready` says so, sends SIGINT and waits for the end.
fn interrupt(args: &[&str], ready: impl Fn() -> bool) -> Output {
    let child = spawn(args);
    let start = Instant::now();
    while !ready() && start.elapsed() < DEADLINE {
        std::thread::sleep(Duration::from_millis(5));
    }
    let _ = Command::new("kill").args(["-INT", &child.id().to_string()]).status();
    child.wait_with_output().unwrap()
}

fn many_files(name: &str, n: usize) -> PathBuf {
    let d = tempdir(name);
    let body = DOC.repeat(2_000);
    for i in 0..n {
        std::fs::write(d.join(format!("{i:04}.txt")), &body).unwrap();
    }
    d
}

#[test]
fn sigint_leaves_only_whole_json_lines() {
    let d = many_files("sigint-lines", 600);
    let start = Instant::now();
    let out = interrupt(&["-j", "1", "-r", d.to_str().unwrap()], || start.elapsed() > Duration::from_millis(300));
    // (Before its handler is installed the process dies of the signal, having written nothing.)
    assert!(matches!(out.status.code(), Some(0 | 130)) || out.stdout.is_empty(), "{:?}", out.status);
    let got = lines(&out); // each a whole JSON line
    assert!(got.len() <= 600);
}

#[test]
fn sigint_leaves_only_complete_output_files() {
    let d = many_files("sigint-files", 600);
    let o = tempdir("sigint-out");
    let first = o.join("0000.txt.json");
    let out = interrupt(&["-j", "1", "-r", d.to_str().unwrap(), "-o", o.to_str().unwrap()], || first.exists());
    assert!(matches!(out.status.code(), Some(0 | 130)), "{:?}", out.status);
    let mut n = 0;
    for e in std::fs::read_dir(&o).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        assert!(name.ends_with(".txt.json"), "no temporary file left: {name}");
        let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&p).unwrap()).expect("a whole outline");
        assert!(v["sections"].is_array());
        n += 1;
    }
    assert!((1..=600).contains(&n));
}

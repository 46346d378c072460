//! CLI tests: run the built binary the way a user does.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn dagang(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dagang"));
    cmd.args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("the binary runs");
    // Feed stdin from another thread: the child may fill its stdout pipe before it has read all of
    // its input.
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.map(<[u8]>::to_vec);
    let writer = std::thread::spawn(move || {
        if let Some(input) = input {
            let _ = pipe.write_all(&input);
        }
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
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

#[test]
fn should_write_one_line_per_file_in_batch_mode() {
    let seed = seed();
    let out = dagang(&[&seed, "/no/such/file.txt", &seed], None);
    assert_eq!(out.status.code(), Some(1), "should exit 1 when a file failed");
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3, "should write one line per file, the failed one included");
    assert_eq!(lines[0]["path"], seed.as_str(), "should keep the given order");
    assert_eq!(lines[0]["title"]["text"], "在市委理论学习中心组学习研讨会上的发言(新质生产力)");
    assert_eq!(lines[1]["path"], "/no/such/file.txt");
    assert!(lines[1]["error"].as_str().unwrap().contains("no such file"), "should say why the file failed");
    assert_eq!(lines[2]["sections"].as_array().unwrap().len(), 5);
}

#[test]
fn should_walk_a_folder_and_write_files() {
    let root = tempdir("walk");
    std::fs::create_dir_all(root.join("sub")).unwrap();
    std::fs::write(root.join("a.txt"), "一、总则\n正文。\n").unwrap();
    std::fs::write(root.join("sub/b.md"), "# 标题\n\n## 第一章 总则\n").unwrap();
    std::fs::write(root.join("skip.json"), "{}").unwrap();
    let out = dagang(&["-r", root.to_str().unwrap(), "-j", "2"], None);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let paths: Vec<String> = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["path"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(paths.len(), 2, "should read .txt and .md files only");
    assert!(paths[0].ends_with("a.txt") && paths[1].ends_with("b.md"), "should sort paths: {paths:?}");
    let dest = root.join("out");
    let out = dagang(&["-r", root.to_str().unwrap(), "-o", dest.to_str().unwrap()], None);
    assert!(out.status.success());
    let b: serde_json::Value = serde_json::from_slice(&std::fs::read(dest.join("sub/b.md.json")).unwrap()).unwrap();
    assert_eq!(b["title"]["text"], "标题", "should write one .json per input, mirroring folders");
}

#[test]
fn should_never_overwrite_an_outline_or_write_outside_the_folder() {
    let root = tempdir("collide");
    for (dir, body) in [("a", "一、甲\n"), ("b", "一、乙\n")] {
        std::fs::create_dir_all(root.join(dir)).unwrap();
        std::fs::write(root.join(dir).join("x.txt"), body).unwrap();
    }
    std::fs::write(root.join("a/x.md"), "# 丙\n").unwrap();
    let dest = root.join("out");
    let (a, b, m) = (root.join("a/x.txt"), root.join("b/x.txt"), root.join("a/x.md"));
    let args = |extra: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = vec!["-o".into(), dest.to_string_lossy().into()];
        v.extend(extra.iter().map(|s| s.to_string()));
        v.extend([&a, &b, &m].iter().map(|p| p.to_string_lossy().into_owned()));
        v
    };
    let run = |extra: &[&str]| {
        let owned = args(extra);
        let refs: Vec<&str> = owned.iter().map(String::as_str).collect();
        dagang(&refs, None)
    };
    assert!(run(&[]).status.success(), "should write three outlines");
    let written: Vec<_> = walk(&dest);
    assert_eq!(written.len(), 3, "x.txt, x.txt and x.md should not collide: {written:?}");
    assert!(written.iter().all(|p| p.starts_with(&dest)), "should write under DIR only: {written:?}");
    assert!(written.iter().all(|p| !p.to_string_lossy().contains(".tmp")), "no temporary file left behind");
    let again = run(&[]);
    assert_eq!(again.status.code(), Some(1), "should refuse to overwrite without --force");
    assert!(String::from_utf8_lossy(&again.stdout).contains("--force"));
    assert!(run(&["--force"]).status.success(), "should overwrite with --force");
    // A relative path with .. stays under DIR.
    let out =
        dagang(&["-o", dest.to_str().unwrap(), "--force", &format!("{}/../b/x.txt", root.join("a").display())], None);
    assert!(out.status.success());
    assert!(walk(&dest).iter().all(|p| p.starts_with(&dest)));
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn should_stop_when_the_reader_goes_away() {
    // More files than the writer's window: `dagang -r DIR | head -1` must end, not block.
    let root = tempdir("head");
    for i in 0..600 {
        std::fs::write(root.join(format!("f{i:03}.txt")), format!("一、第{i}项\n")).unwrap();
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_dagang"))
        .args(["-r", root.to_str().unwrap(), "-j", "2"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(child.stdout.as_mut().unwrap()), &mut first).unwrap();
    assert!(first.starts_with("{\"path\""));
    drop(child.stdout.take());
    // A hang detector, not a timing test: a run that blocks never ends; a minute is ample.
    let end = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        assert!(std::time::Instant::now() < end, "should exit once its reader has gone");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn should_keep_the_text_whatever_the_outline_flags() {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/outline/gongwen_four_levels.txt");
    for format in ["text", "nodes", "explain", "chunks"] {
        let plain = dagang(&["--format", format, "--color", "never", file], None);
        for flags in [&["--max-level", "1"][..], &["--outline-only"][..]] {
            let mut args = vec!["--format", format, "--color", "never"];
            args.extend_from_slice(flags);
            args.push(file);
            let shaped = dagang(&args, None);
            assert!(shaped.status.success());
            assert!(shaped.stdout == plain.stdout, "--format {format} {flags:?} should keep all of the text");
        }
    }
    // The outline views are shaped.
    let json = dagang(&["--max-level", "1", file], None);
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert!(doc["sections"].as_array().unwrap().iter().all(|s| s["sections"].as_array().unwrap().is_empty()));
}

#[test]
fn should_carry_every_format_in_the_stream() {
    let input = "{\"id\":1,\"text\":\"一、总则\\n正文。\"}\n".as_bytes();
    let single = |format: &str| {
        let out = dagang(&["--format", format, "-"], Some("一、总则\n正文。".as_bytes()));
        String::from_utf8(out.stdout).unwrap()
    };
    for format in ["markdown", "tree", "text", "explain"] {
        let out = dagang(&["--jsonl", "--format", format], Some(input));
        assert_eq!(out.status.code(), Some(0), "{format}");
        let line: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(line["id"], 1);
        assert_eq!(
            line[format].as_str().unwrap(),
            single(format),
            "the view as one file gives it, in the field {format}"
        );
    }
    let out = dagang(&["--jsonl", "--format", "nodes"], Some(input));
    let leaves: Vec<serde_json::Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(leaves.len() >= 3 && leaves.iter().all(|l| l["id"] == 1 && l["kind"].is_string()), "{leaves:?}");
    let out = dagang(&["--jsonl", "--pretty"], Some(input));
    assert_eq!(out.status.code(), Some(2), "--pretty is not JSON lines");
}

#[test]
fn should_write_every_format_in_batch_mode() {
    let root = tempdir("formats");
    let src = root.join("in");
    std::fs::create_dir_all(src.join("a")).unwrap();
    std::fs::copy(seed(), src.join("a/x.txt")).unwrap();
    std::fs::write(src.join("y.md"), "# 标题\n\n## 一、总则\n\n正文。\n").unwrap();
    for (format, ext) in [
        ("json", "json"),
        ("markdown", "md"),
        ("tree", "tree.txt"),
        ("text", "text.txt"),
        ("explain", "explain.txt"),
        ("nodes", "nodes.jsonl"),
        ("chunks", "chunks.jsonl"),
    ] {
        let out_dir = root.join(format!("out-{format}"));
        let out = dagang(&["--format", format, "-r", src.to_str().unwrap(), "-o", out_dir.to_str().unwrap()], None);
        assert_eq!(out.status.code(), Some(0), "{format}: {}", String::from_utf8_lossy(&out.stderr));
        let written = std::fs::read_to_string(out_dir.join(format!("a/x.txt.{ext}"))).unwrap();
        let alone = dagang(&["--format", format, "--color", "never", &seed()], None);
        assert_eq!(written, String::from_utf8(alone.stdout).unwrap(), "{format}: the file holds what one file prints");
        assert!(out_dir.join(format!("y.md.{ext}")).exists());
        // On stdout: JSON lines with the path, the view in its field.
        let out = dagang(&["--format", format, "-r", src.to_str().unwrap()], None);
        for l in String::from_utf8_lossy(&out.stdout).lines() {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            assert!(v.get("path").or(v.get("file")).is_some(), "{format}: every line names its file");
            if !matches!(format, "json" | "nodes" | "chunks") {
                assert!(v[format].is_string(), "{format}: the view in its field");
            }
        }
    }
    let out = dagang(&["--pretty", "-r", src.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2), "--pretty on stdout lines is refused");
    let pretty = root.join("out-pretty");
    let out = dagang(&["--pretty", "-r", src.to_str().unwrap(), "-o", pretty.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(std::fs::read_to_string(pretty.join("a/x.txt.json")).unwrap().contains("\n  \"version\": 1"));
}

#[test]
fn should_filter_a_stream_of_ten_thousand_documents_in_order() {
    let mut input = String::new();
    for i in 0..10_000 {
        let text = format!(
            "第{i}号文件\\n一、总则\\n（一）目的。为了规范管理，第{i}次。\\n二、附则\\n本办法自公布之日起施行。"
        );
        input.push_str(&format!("{{\"doc\": {i}, \"body\": \"{text}\"}}\n"));
    }
    input.push_str("not json\n");
    let out = dagang(&["--jsonl", "--id-field", "doc", "--text-field", "body", "-j", "2"], Some(input.as_bytes()));
    assert_eq!(out.status.code(), Some(1), "should exit 1 because one line failed");
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 10_001, "should write one line per input line");
    for (i, l) in lines.iter().take(10_000).enumerate() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        assert_eq!(v["doc"], serde_json::Value::Null, "should name the id field `id` in the output");
        assert_eq!(v["id"], i, "should keep the input order");
        assert_eq!(v["sections"].as_array().unwrap().len(), 2);
    }
    assert!(lines[10_000].contains("\"error\""));
}

#[test]
fn should_exit_quietly_on_a_closed_pipe() {
    let big = tempdir("pipe").join("big.txt");
    std::fs::write(&big, "一、总则\n这是正文，内容足够长，能够写出很多行 JSON。\n".repeat(50_000)).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_dagang"))
        .args(["--format", "nodes", big.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read a little, then close the pipe like `| head` does.
    let mut stdout = child.stdout.take().unwrap();
    let mut buf = [0u8; 64];
    std::io::Read::read_exact(&mut stdout, &mut buf).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "should exit 0 on a closed pipe");
    assert!(out.stderr.is_empty(), "should print nothing: {}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn should_refuse_unreadable_files_with_their_own_code() {
    // Root reads everything, so the permission case can only be observed as another user.
    let f = tempdir("perm").join("secret.txt");
    std::fs::write(&f, "一、总则\n").unwrap();
    let mut perms = std::fs::metadata(&f).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o000);
    std::fs::set_permissions(&f, perms).unwrap();
    if std::fs::read(&f).is_ok() {
        eprintln!("skipping: running as a user who can read a mode-000 file (root)");
        return;
    }
    let out = dagang(&[f.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(5), "should exit 5 on a permission error");
    assert!(String::from_utf8_lossy(&out.stderr).contains("permission denied"));
}

#[test]
fn should_reject_undecodable_bytes_and_suggest_encoding() {
    let out = dagang(&["-"], Some(&[0xFF, 0xFF, 0xFE, 0x80, 0x81]));
    assert_eq!(out.status.code(), Some(8));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--encoding"), "should suggest --encoding");
    let out = dagang(&["--encoding", "klingon", "-"], Some(b"abc"));
    assert_eq!(out.status.code(), Some(8), "should refuse an unknown encoding");
}

#[test]
fn should_print_a_schema_that_every_output_matches() {
    let out = dagang(&["--schema"], None);
    assert!(out.status.success());
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).expect("should print the schema as JSON");
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    let validator = jsonschema::validator_for(&schema).expect("should be a valid JSON Schema");
    for args in [vec![seed()], vec!["--outline-only".into(), seed()], vec!["--keep-boilerplate".into(), seed()]] {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let doc: serde_json::Value = serde_json::from_slice(&dagang(&args, None).stdout).unwrap();
        assert!(validator.is_valid(&doc), "the output of {args:?} should match the schema");
    }
}

#[test]
fn should_render_every_format_without_colour_when_piped() {
    for format in ["markdown", "tree", "text", "explain"] {
        let out = dagang(&["--format", format, &seed()], None);
        assert!(out.status.success(), "--format {format} should exit 0");
        let s = String::from_utf8(out.stdout).expect("should print UTF-8");
        assert!(!s.contains('\x1b'), "--format {format} should not colour a pipe");
        assert!(s.contains("新质生产力"), "--format {format} should show the title");
    }
    let out = dagang(&["--format", "tree", "--color", "always", &seed()], None);
    assert!(String::from_utf8_lossy(&out.stdout).contains("\x1b["), "--color always should colour a pipe");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dagang"));
    let out = cmd.args(["--format", "tree", "--color", "auto", &seed()]).env("NO_COLOR", "1").output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains('\x1b'), "NO_COLOR should turn colour off");
}

#[test]
fn should_fit_the_tree_and_explain_views_to_the_width() {
    for format in ["tree", "explain"] {
        let out = dagang(&["--format", format, "--width", "80", &seed()], None);
        let s = String::from_utf8(out.stdout).unwrap();
        for line in s.lines() {
            assert!(dagang::render::term::width(line) <= 80, "--format {format} should fit 80 columns: {line:?}");
        }
    }
}

#[test]
fn should_print_the_outline_only_and_cut_it_at_a_level() {
    let input = "一、总则\n正文一。\n（一）目的\n正文二。\n1.细则\n正文三。\n";
    let out = dagang(&["--outline-only", "--max-level", "2", "-"], Some(input.as_bytes()));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let s = &doc["sections"][0];
    assert_eq!(s["blocks"].as_array().map(Vec::len), Some(0), "should drop the paragraphs");
    assert_eq!(s["sections"][0]["heading"], "目的");
    assert_eq!(s["sections"][0]["sections"].as_array().map(Vec::len), Some(0), "should cut below level 2");
    let md = dagang(&["--format", "markdown", "--max-level", "1", "-"], Some(input.as_bytes()));
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.contains("## 一、总则") && !md.contains("（一）"), "should cut the Markdown too: {md}");
}

#[test]
fn should_write_batch_lines_for_a_single_file_with_batch() {
    let out = dagang(&["--batch", &seed()], None);
    assert!(out.status.success());
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(line["path"], seed().as_str(), "should name the file as batch mode does");
    let out = dagang(&["--batch", "-"], Some(b"x"));
    assert_eq!(out.status.code(), Some(2), "should refuse standard input in batch mode");
    assert!(String::from_utf8_lossy(&out.stderr).contains("--jsonl"), "should point to --jsonl");
}

#[test]
fn should_print_the_same_outline_of_a_large_file_on_one_thread() {
    // 20 000+ lines: long enough for the line views to be shared between threads by default.
    let seed = std::fs::read_to_string(seed()).unwrap();
    let big = seed.repeat(20_000 / seed.lines().count() + 1);
    let path = tempdir("large").join("big.txt");
    std::fs::write(&path, &big).unwrap();
    let path = path.to_str().unwrap();
    let all = dagang(&[path], None);
    let one = dagang(&["-j1", path], None);
    assert!(all.status.success() && one.status.success(), "should exit 0");
    assert!(all.stdout == one.stdout, "should print the same JSON with -j1 as with one thread per core");
}

#[test]
fn should_read_line_breaks_as_told() {
    let flat = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/flat/u3000_speech.txt");
    let sections = |args: &[&str]| {
        let out = dagang(args, None);
        assert!(out.status.success(), "should exit 0: {}", String::from_utf8_lossy(&out.stderr));
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        (doc["sections"].as_array().unwrap().len(), doc["diagnostics"].to_string().contains("reflowed"))
    };
    assert_eq!(sections(&[flat]), (3, true), "should split the one-line speech by default");
    assert_eq!(sections(&["--line-breaks", "auto", flat]), (3, true));
    assert_eq!(sections(&["--line-breaks", "keep", flat]), (0, false), "should keep the line as written");
    let short = b"\xe4\xb8\x80\xe3\x80\x81\xe6\x80\xbb\xe4\xbd\x93\xe8\xa6\x81\xe6\xb1\x82\xe3\x80\x82\xe5\x90\x84\xe5\x9c\xb0\xe8\xa6\x81\xe5\x8a\xa0\xe5\xbc\xba\xe7\xbb\x84\xe7\xbb\x87\xe9\xa2\x86\xe5\xaf\xbc\xe3\x80\x82\xe4\xba\x8c\xe3\x80\x81\xe4\xb8\xbb\xe8\xa6\x81\xe4\xbb\xbb\xe5\x8a\xa1\xe3\x80\x82\n";
    let out = dagang(&["--line-breaks", "reflow", "-"], Some(short));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["sections"].as_array().unwrap().len(), 2, "should look inside a short line when told to reflow");
    let out = dagang(&["--line-breaks", "sideways", flat], None);
    assert_eq!(out.status.code(), Some(2), "should refuse an unknown mode");
    // A text wrapped at the page width: joined by default, kept line by line when told.
    let wrapped = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/flat/wrap_gongwen.txt");
    let blocks = |args: &[&str]| {
        let out = dagang(args, None);
        assert!(out.status.success(), "should exit 0");
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let first = doc["sections"][0]["blocks"].as_array().unwrap().clone();
        (first.len(), first[0]["reflowed"] == serde_json::Value::Bool(true))
    };
    assert_eq!(blocks(&[wrapped]), (1, true), "should join the wrapped paragraph and flag it");
    assert_eq!(blocks(&["--line-breaks", "keep", wrapped]), (4, false), "should keep the physical lines");
    let out = dagang(&["--format", "explain", wrapped], None);
    assert!(String::from_utf8_lossy(&out.stdout).contains("(joined)"), "explain should mark the joined lines");
}

#[test]
fn should_read_piped_standard_input_without_a_dash() {
    let out =
        dagang(&[], Some("关于加强管理的通知\n\n一、总体要求\n\n各地要加强组织领导，切实抓好落实。\n".as_bytes()));
    assert!(out.status.success(), "should read standard input: {}", String::from_utf8_lossy(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["sections"][0]["heading"], "总体要求");
}

#[test]
fn should_exit_3_on_a_missing_directory() {
    let out = dagang(&["-r", "/nonexistent/dagang-test-dir"], None);
    assert_eq!(out.status.code(), Some(3), "should say the directory is missing with exit 3");
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/dagang-test-dir"));
}

#[test]
fn should_not_report_an_impossible_date() {
    let out = dagang(
        &["-"],
        Some(
            "通知\n\n发布时间：2025年2月30日\n\n各地要加强组织领导，切实抓好落实，确保各项工作取得实效。\n".as_bytes(),
        ),
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(doc["meta"].get("published").is_none(), "should not turn 2025年2月30日 into a date: {}", doc["meta"]);
}

#[test]
fn should_write_chunks_in_every_mode() {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/outline/gongwen_four_levels.txt");
    let lines = |out: &Output| -> Vec<serde_json::Value> {
        assert!(out.status.success(), "should exit 0: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
    };
    // One file: one chunk a line, each with its headings and a span into the file.
    let one = lines(&dagang(&["--format", "chunks", "--max-chars", "120", file], None));
    assert!(one.len() > 3);
    let text = std::fs::read_to_string(file).unwrap();
    for (k, c) in one.iter().enumerate() {
        assert_eq!(c["index"], k);
        assert!(c["chars"].as_u64().unwrap() <= 120);
        assert_eq!(c["path"][0], c["title"], "the path starts at the title");
        let (s, e) = (c["span"]["start"].as_u64().unwrap() as usize, c["span"]["end"].as_u64().unwrap() as usize);
        assert!(text.get(s..e).is_some(), "the span points into the file");
    }
    // Batch: each line says its file; --jsonl: its id.
    let other = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/flat/wrap_gongwen.txt");
    let batch = lines(&dagang(&["--format", "chunks", file, other], None));
    assert!(batch.iter().any(|c| c["file"] == file) && batch.iter().any(|c| c["file"] == other));
    let input = serde_json::json!({"id": 7, "text": text}).to_string() + "\n";
    let stream = lines(&dagang(&["--jsonl", "--format", "chunks", "--overlap", "1"], Some(input.as_bytes())));
    assert!(!stream.is_empty() && stream.iter().all(|c| c["id"] == 7));
    // A bad option is a usage error.
    let out = dagang(&["--format", "chunks", "--max-chars", "0", file], None);
    assert_eq!(out.status.code(), Some(2));
}

/// Runs `command` (a shell line) on a pseudo-terminal of 40 rows and `cols` columns with util-linux
/// `script`, or `None` where that is missing.
fn on_terminal(cols: u16, env: &str, args: &str) -> Option<String> {
    let bin = env!("CARGO_BIN_EXE_dagang");
    let line = format!("stty rows 40 cols {cols}; COLUMNS= {env} {bin} {args}");
    let out = Command::new("script").args(["-qc", &line, "/dev/null"]).stdin(Stdio::null()).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).replace('\r', ""))
}

#[test]
fn should_fit_the_terminal_and_put_reasons_beside_lines_when_wide() {
    let Some(wide) = on_terminal(132, "", &format!("--format explain {}", seed())) else {
        eprintln!("skipped: no `script` to make a terminal");
        return;
    };
    let first = wide.lines().next().unwrap();
    assert!(first.contains("SUCAI198.COM") && first.contains("↳ pattern site_banner"), "one line: {first:?}");
    assert!(first.contains('\u{1b}'), "colour on a terminal");
    let narrow = on_terminal(80, "", &format!("--format explain {}", seed())).unwrap();
    assert!(!narrow.lines().next().unwrap().contains('↳'), "the reason under the line at 80 columns");
    // (The same at --width: the view does not depend on how the width was found.)
    let out = dagang(&["--format", "explain", "--width", "132", &seed()], None);
    assert!(String::from_utf8_lossy(&out.stdout).lines().next().unwrap().contains("↳ pattern site_banner"));
}

#[test]
fn should_not_paint_for_a_dumb_terminal() {
    let Some(dumb) = on_terminal(100, "TERM=dumb", &format!("--format tree {}", seed())) else {
        eprintln!("skipped: no `script` to make a terminal");
        return;
    };
    assert!(!dumb.contains('\u{1b}'), "no escape codes for TERM=dumb: {dumb:?}");
    assert!(dumb.contains("第一、通盘谋划"));
}

/// Every example in `--help` runs as written, with its file names standing for fixtures: exit 0 and
/// some output (each flag's example is tested, not only described).
#[test]
fn should_run_every_example_of_the_help() {
    let help = String::from_utf8(dagang(&["--help"], None).stdout).unwrap();
    let examples: Vec<&str> = help
        .split("Examples:")
        .nth(1)
        .and_then(|s| s.split("Exit status:").next())
        .unwrap()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    assert!(examples.len() >= 15, "{examples:?}");
    let root = tempdir("help");
    let corpus = root.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let file = |name: &str| -> String {
        match name {
            "rules.txt" => format!("{fixtures}/outline/law_chapters.txt"),
            "page.txt" => format!("{fixtures}/web/short_points_notice.txt"),
            "old.txt" => {
                let (gbk, _, _) = encoding_rs::GBK.encode("一、总体要求\n做好工作。\n");
                let p = root.join("old.txt");
                std::fs::write(&p, &*gbk).unwrap();
                p.to_string_lossy().into_owned()
            }
            _ => seed(),
        }
    };
    for name in ["a.txt", "b.txt", "c.txt"] {
        std::fs::copy(seed(), corpus.join(name)).unwrap();
    }
    let jsonl = "{\"id\":1,\"text\":\"一、总则\\n正文。\"}\n";
    for example in examples {
        // The command is the text before the description (two spaces or more).
        let command = example.split("  ").next().unwrap().trim();
        let (stdin, command): (Option<String>, &str) = if let Some(rest) = command.strip_prefix("cat page.txt | ") {
            (Some(std::fs::read_to_string(file("page.txt")).unwrap()), rest)
        } else if let Some(rest) = command.strip_prefix("ls *.txt | xargs ") {
            (None, rest)
        } else {
            (None, command)
        };
        let mut args: Vec<String> = Vec::new();
        let mut words = command.split_whitespace().skip(1).peekable();
        let mut input = stdin;
        while let Some(w) = words.next() {
            match w {
                "<" => input = words.next().map(|_| jsonl.to_string()),
                ">" => break, // (the output file, then the description)
                "corpus/" => args.push(corpus.to_string_lossy().into_owned()),
                "out/" | "md/" => args.push(
                    root.join(format!("{}-{}", w.trim_end_matches('/'), args.len())).to_string_lossy().into_owned(),
                ),
                w if w.ends_with(".txt") => args.push(file(w)),
                w => args.push(w.to_string()),
            }
        }
        if command.starts_with("dagang --batch") && args.len() == 1 {
            args.push(seed()); // (xargs hands it the files)
        }
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = dagang(&refs, input.as_deref().map(str::as_bytes));
        assert_eq!(
            out.status.code(),
            Some(0),
            "{example}: {} {}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .filter(|l| l.contains("\"error\""))
                .collect::<Vec<_>>()
                .join(" ")
        );
        let wrote_files = args.iter().any(|a| a == "-o");
        assert!(wrote_files || !out.stdout.is_empty(), "{example}: no output");
    }
}

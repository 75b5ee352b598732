//! `napcheck serve` as a client sees it: the widget's files with their
//! security headers, every refusal of the collection endpoint with its
//! status and message and nothing written, acceptance and resubmission, the
//! rate limit, and 200 concurrent submissions all stored and valid.

#[path = "serve/support.rs"]
mod support;

use support::*;

#[test]
fn serves_the_widget_the_demo_page_and_health_with_a_strict_policy() {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(dir.path(), &[]);
    let page = request(server.addr, "GET", "/", &[], b"");
    assert_eq!(page.status, 200);
    let csp = page.header("content-security-policy").expect("a CSP");
    assert!(
        csp.contains("script-src 'self' 'wasm-unsafe-eval'"),
        "{csp}"
    );
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert!(
        !csp.replace("'wasm-unsafe-eval'", "")
            .contains("unsafe-eval"),
        "{csp}"
    );
    assert!(csp.contains("worker-src 'self'"), "{csp}");
    assert_eq!(page.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(page.header("service-worker-allowed"), None);
    std::fs::write(server.dist.path().join("sw.js"), "// worker").expect("sw.js");
    let worker = request(server.addr, "GET", "/sw.js", &[], b"");
    assert_eq!(worker.status, 200);
    assert_eq!(worker.header("service-worker-allowed"), Some("/"));
    assert!(worker
        .header("content-security-policy")
        .is_some_and(|c| c.contains("worker-src 'self'")));
    let demo = request(server.addr, "GET", "/demo.html", &[], b"");
    assert_eq!(demo.status, 200);
    assert!(demo.body.contains("<napcheck-widget"), "{}", demo.body);
    assert!(demo.body.contains(r#"submit-url="/api/assessments""#));
    assert!(demo
        .body
        .contains(r#"<script type="module" src="/embed.js">"#));
    let health = request(server.addr, "GET", "/health", &[], b"");
    assert_eq!(health.status, 200);
    assert_eq!(
        health.json(),
        serde_json::json!({"status": "ok", "collect": true})
    );
    assert_eq!(
        request(server.addr, "GET", "/nothing-here.js", &[], b"").status,
        404
    );
}

#[test]
fn a_precompressed_variant_goes_to_a_browser_that_accepts_it() {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(dir.path(), &[]);
    let dist = server.dist.path();
    // Stand-ins for what scripts/compress.mjs writes beside each file.
    for (name, body) in [
        ("app.js", "plain"),
        ("app.js.br", "BR"),
        ("app.js.gz", "GZ"),
    ] {
        std::fs::write(dist.join(name), body).expect("write");
    }
    let get = |accept: &[(&str, &str)]| request(server.addr, "GET", "/app.js", accept, b"");
    for (accept, body, encoding) in [
        (
            vec![("Accept-Encoding", "gzip, deflate, br, zstd")],
            "BR",
            Some("br"),
        ),
        (vec![("Accept-Encoding", "gzip")], "GZ", Some("gzip")),
        (vec![], "plain", None),
    ] {
        let reply = get(&accept);
        assert_eq!(reply.status, 200, "{accept:?}");
        assert_eq!(reply.body, body, "{accept:?}");
        assert_eq!(reply.header("content-encoding"), encoding, "{accept:?}");
        assert_eq!(reply.header("vary"), Some("accept-encoding"), "{accept:?}");
        let content_type = reply.header("content-type").unwrap_or_default();
        assert!(
            content_type.starts_with("text/javascript"),
            "{content_type}"
        );
    }
}

/// One refused request: what is sent, the status and words expected.
struct Refusal {
    what: &'static str,
    reply: Reply,
    status: u16,
    says: &'static str,
}

#[test]
fn every_refusal_has_its_status_and_message_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(
        dir.path(),
        &[
            "--allow-origin",
            "https://ngo.example",
            "--max-body",
            "4096",
        ],
    );
    let a = server.addr;
    let valid = valid(1);
    let refusals = [
        Refusal {
            what: "invalid JSON",
            reply: submit(a, &fixture("syntax.json"), &[]),
            status: 422,
            says: "invalid",
        },
        Refusal {
            what: "schema violations",
            reply: submit(a, &fixture("schema.json"), &[]),
            status: 422,
            says: "2 error(s)",
        },
        Refusal {
            what: "semantically invalid",
            reply: submit(a, &fixture("semantic.json"), &[]),
            status: 422,
            says: "1 error(s)",
        },
        Refusal {
            what: "wrong content type",
            reply: request(a, "POST", "/api/assessments", &[("Content-Type", "text/plain")], valid.as_bytes()),
            status: 415,
            says: "application/json",
        },
        Refusal {
            what: "no content type",
            reply: request(a, "POST", "/api/assessments", &[], valid.as_bytes()),
            status: 415,
            says: "application/json",
        },
        Refusal {
            what: "oversized, declared",
            reply: raw(
                a,
                format!("POST /api/assessments HTTP/1.1\r\nHost: {a}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 2000000\r\n\r\n").as_bytes(),
            )
            .expect("answer"),
            status: 413,
            says: "larger than 4096 bytes",
        },
        Refusal {
            what: "oversized, chunked",
            reply: raw(a, &chunked(a, &" ".repeat(5000))).expect("answer"),
            status: 413,
            says: "larger than 4096 bytes",
        },
        Refusal {
            what: "disallowed origin",
            reply: submit(a, &valid, &[("Origin", "https://evil.example")]),
            status: 403,
            says: "https://evil.example",
        },
        Refusal {
            what: "disallowed origin, preflight",
            reply: request(a, "OPTIONS", "/api/assessments", &[("Origin", "https://evil.example"), ("Access-Control-Request-Method", "POST")], b""),
            status: 403,
            says: "not allowed",
        },
        Refusal {
            what: "not UTF-8",
            reply: request(a, "POST", "/api/assessments", &[("Content-Type", "application/json")], b"{\"a\": \"\xff\"}"),
            status: 422,
            says: "1 error(s)",
        },
        Refusal {
            what: "wrong method",
            reply: request(a, "GET", "/api/assessments", &[], b""),
            status: 405,
            says: "",
        },
    ];
    for r in &refusals {
        assert_eq!(r.reply.status, r.status, "{}: {:?}", r.what, r.reply);
        if r.status != 405 {
            let error = r.reply.json()["error"]
                .as_str()
                .unwrap_or_default()
                .to_owned();
            assert!(error.contains(r.says), "{}: {error}", r.what);
        }
    }
    assert_eq!(
        entries(dir.path()),
        Vec::<String>::new(),
        "nothing is written"
    );
}

fn chunked(addr: std::net::SocketAddr, body: &str) -> Vec<u8> {
    format!(
        "POST /api/assessments HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{body}\r\n0\r\n\r\n",
        body.len()
    )
    .into_bytes()
}

#[test]
fn a_refusal_has_the_located_findings_of_validate_format_json() {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(dir.path(), &[]);
    for name in ["syntax.json", "schema.json", "semantic.json"] {
        let reply = submit(
            server.addr,
            &fixture(name),
            &[("Accept-Language", "en-GB,en;q=0.8")],
        );
        assert_eq!(reply.status, 422, "{name}");
        let served = served_findings(&reply);
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/serve")
            .join(name);
        let (code, expected) = validate_findings(&path);
        assert_eq!(code, 1, "{name} is invalid for validate too");
        assert!(!served.is_empty());
        assert_eq!(served, expected, "{name}: the same records as validate");
        assert!(served.iter().all(|f| f["line"].as_u64() > Some(0)));
    }
    assert!(entries(dir.path()).is_empty());
}

/// A body that is not UTF-8 is refused as `validate` refuses such a file:
/// 422 with the `json-syntax` finding at the first bad byte (was a bare 400).
#[test]
fn a_body_that_is_not_utf8_has_the_located_finding_of_validate() {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(dir.path(), &[]);
    let body = b"{\n  \"site\": \"\xc9\x99\xff\"\n}";
    let reply = request(
        server.addr,
        "POST",
        "/api/assessments",
        &[
            ("Content-Type", "application/json"),
            ("Accept-Language", "en"),
        ],
        body,
    );
    assert_eq!(reply.status, 422);
    let served = served_findings(&reply);
    let files = tempfile::tempdir().expect("dir");
    let path = files.path().join("not-utf8.json");
    std::fs::write(&path, body).expect("write");
    let (code, expected) = validate_findings(&path);
    assert_eq!(code, 1);
    assert_eq!(served, expected);
    assert_eq!(served[0]["code"], "json-syntax");
    assert_eq!(
        (served[0]["line"].as_u64(), served[0]["column"].as_u64()),
        (Some(2), Some(13))
    );
    assert!(stored(dir.path()).is_empty());
}

/// The finding records of a 422, without their file name.
fn served_findings(reply: &Reply) -> Vec<serde_json::Value> {
    reply.json()["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| without_file(f.clone()))
        .collect()
}

/// `validate --format json`'s exit code and finding records for `path`,
/// without their file name.
fn validate_findings(path: &std::path::Path) -> (i32, Vec<serde_json::Value>) {
    let (code, records) = validate(path);
    let findings = records
        .into_iter()
        .filter(|r| r["type"] == "finding")
        .map(without_file)
        .collect();
    (code, findings)
}

fn without_file(mut record: serde_json::Value) -> serde_json::Value {
    record.as_object_mut().expect("object").remove("file");
    record
}

#[test]
fn a_valid_submission_is_stored_once_under_its_content() {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(dir.path(), &["--allow-origin", "https://ngo.example"]);
    let origin = [("Origin", "https://ngo.example")];
    let preflight = request(
        server.addr,
        "OPTIONS",
        "/api/assessments",
        &[origin[0], ("Access-Control-Request-Method", "POST")],
        b"",
    );
    assert_eq!(preflight.status, 204);
    assert_eq!(
        preflight.header("access-control-allow-origin"),
        Some("https://ngo.example")
    );
    let text = valid(7);
    let first = submit(server.addr, &text, &origin);
    assert_eq!(first.status, 201, "{first:?}");
    assert_eq!(
        first.header("access-control-allow-origin"),
        Some("https://ngo.example")
    );
    let id = first.json()["id"].as_str().expect("an id").to_owned();
    assert_eq!(stored(dir.path()), [format!("{id}.json")]);
    // The same assessment again, and re-encoded with other spacing and key order.
    let again = submit(server.addr, &text, &[]);
    assert_eq!(again.status, 200);
    assert_eq!(
        again.json(),
        serde_json::json!({"id": id, "duplicate": true})
    );
    let value: serde_json::Value = serde_json::from_str(&text).expect("json");
    let reencoded = serde_json::to_string(&value).expect("json");
    assert_ne!(reencoded, text);
    assert_eq!(
        submit(server.addr, &reencoded, &[]).json()["id"],
        id.as_str()
    );
    assert_eq!(
        entries(dir.path()),
        [format!("{id}.json")],
        "no duplicate, no temp file"
    );
    let (code, _) = validate(dir.path());
    assert_eq!(code, 0, "the collect directory validates");
}

#[test]
fn the_rate_limit_refuses_the_fourth_of_three_per_minute() {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(dir.path(), &["--rate-limit", "3/min"]);
    for n in 0..3 {
        assert_eq!(submit(server.addr, &valid(n), &[]).status, 201);
    }
    let refused = submit(server.addr, &valid(3), &[]);
    assert_eq!(refused.status, 429);
    assert!(refused.json()["error"]
        .as_str()
        .expect("error")
        .contains("too many submissions"));
    let wait: u64 = refused
        .header("retry-after")
        .expect("Retry-After")
        .parse()
        .expect("seconds");
    assert!((1..=21).contains(&wait), "{wait}");
    assert_eq!(
        stored(dir.path()).len(),
        3,
        "the refused one is not written"
    );
}

#[test]
fn two_hundred_concurrent_submissions_are_all_stored_and_valid() {
    const N: usize = 200;
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(dir.path(), &["--rate-limit", "100000/min"]);
    let addr = server.addr;
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(N));
    let started = std::time::Instant::now();
    let threads: Vec<_> = (0..N)
        .map(|n| {
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                let text = valid(1000 + n);
                barrier.wait();
                let reply = submit(addr, &text, &[]);
                (
                    reply.status,
                    reply.json()["id"].as_str().unwrap_or_default().to_owned(),
                )
            })
        })
        .collect();
    let replies: Vec<(u16, String)> = threads
        .into_iter()
        .map(|t| t.join().expect("client"))
        .collect();
    let elapsed = started.elapsed();
    assert!(
        replies.iter().all(|(status, _)| *status == 201),
        "{replies:?}"
    );
    let mut ids: Vec<String> = replies
        .into_iter()
        .map(|(_, id)| format!("{id}.json"))
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), N, "distinct ids");
    assert_eq!(
        stored(dir.path()),
        ids,
        "every acknowledged submission is stored"
    );
    assert_eq!(entries(dir.path()).len(), N, "and nothing else");
    let (code, records) = validate(dir.path());
    let summary = records.last().expect("summary");
    assert_eq!(code, 0);
    assert_eq!(summary["valid"], N);
    eprintln!(
        "load: {N} concurrent submissions stored in {:.2} s ({:.0}/s)",
        elapsed.as_secs_f64(),
        N as f64 / elapsed.as_secs_f64()
    );
}

//! `napcheck probe` against hostile servers on loopback: a redirect loop, a
//! gzip bomb, a slowloris server, a 100 MB page (declared and streamed), a
//! page linking and redirecting to 10.0.0.1 and to file:// URLs, invalid
//! HTML, a robots.txt that forbids, and a loopback site probed without
//! `--allow-private`. Each run ends quickly with a clear "could not be
//! checked: …" and nothing is fetched that should not be.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "probe/server.rs"]
#[allow(dead_code, unreachable_pub)]
mod server;

use serde_json::Value;
use server::{respond, serve_with};
use std::io::Write;
use std::process::Command;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

/// Runs the probe with short limits; the site's entry of the document.
fn probe(url: &str, extra: &[&str]) -> Value {
    probe_measured(url, extra).0
}

/// Runs the probe with short limits; the site's entry of the document and
/// the process's peak resident memory in KiB (VmHWM, read from /proc until
/// it exits).
fn probe_measured(url: &str, extra: &[&str]) -> (Value, u64) {
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_napcheck"))
        .args(["probe", "--lang", "en", "--today", "2018-08-17"])
        .args(["--criteria", "az-nap-2016-2018"])
        .args(["--header-timeout", "2", "--body-timeout", "3"])
        .args(["--connect-timeout", "2", "--max-page-bytes", "1048576"])
        .args(extra)
        .arg(url)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("napcheck runs");
    let status_file = format!("/proc/{}/status", child.id());
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut out).expect("read stdout");
        out
    });
    let mut peak = 0;
    while child.try_wait().expect("wait").is_none() {
        if let Ok(status) = std::fs::read_to_string(&status_file) {
            if let Some(kib) = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            {
                peak = peak.max(kib);
            }
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let output = child.wait_with_output().expect("napcheck ends");
    let stdout = reader.join().expect("reader");
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{url} took too long"
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let value: Value = serde_json::from_slice(&stdout).expect("a hints document");
    (value["sites"][0].clone(), peak)
}

/// The peak memory a probe may reach whatever the server sends: the 1 MiB
/// page cap, the client and the runtime.
const MEMORY_BOUND_KIB: u64 = 64 * 1024;

/// The reason code of the home page, and the note of 2.4.site_reachable.
fn outcome(site: &Value) -> (String, String) {
    let code = site["signals"]["unchecked"]["code"]
        .as_str()
        .unwrap_or("")
        .to_owned();
    let reachable = site["hints"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["criterion"] == "2.4.site_reachable")
        .unwrap();
    (code, reachable["note"].as_str().unwrap().to_owned())
}

/// Every hint but reachability says "could not be checked: …".
fn all_unchecked(site: &Value) {
    for hint in site["hints"].as_array().unwrap() {
        if hint["criterion"] == "2.4.site_reachable" {
            continue;
        }
        assert!(hint.get("suggestion").is_none(), "{hint}");
        assert!(
            hint["note"]
                .as_str()
                .unwrap()
                .starts_with("could not be checked: "),
            "{hint}"
        );
    }
}

#[test]
fn a_redirect_loop_is_cut_at_the_limit() {
    let site = serve_with(|stream, path| {
        let next = if path == "/a" { "/b" } else { "/a" };
        respond(stream, "302 Found", &[("Location", next)], b"");
    });
    let result = probe(&site.url(), &["--allow-private", "--max-redirects", "4"]);
    let (code, note) = outcome(&result);
    assert_eq!(code, "too_many_redirects");
    assert_eq!(note, "more than 4 redirects (or a loop)");
    all_unchecked(&result);
}

#[test]
fn a_gzip_bomb_is_cut_at_the_decompressed_cap() {
    // 128 MiB of zeros, under 1 MiB compressed: twice the memory bound.
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..128 {
        encoder.write_all(&zeros).unwrap();
    }
    let bomb = encoder.finish().unwrap();
    assert!(bomb.len() < 1 << 20);
    let site = serve_with(move |stream, path| {
        if path == "/robots.txt" {
            respond(stream, "404 Not Found", &[], b"");
        } else {
            respond(
                stream,
                "200 OK",
                &[("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
                &bomb,
            );
        }
    });
    let (result, peak) = probe_measured(&site.url(), &["--allow-private"]);
    assert_eq!(result["signals"]["unchecked"]["code"], "too_large");
    assert!(outcome(&result).1.contains("larger than 1048576 bytes"));
    assert!(peak > 0 && peak < MEMORY_BOUND_KIB, "peak {peak} KiB");
    all_unchecked(&result);
}

#[test]
fn a_slowloris_server_times_out() {
    let site = serve_with(|stream, _| {
        let _ = stream.write_all(b"HTTP/1.1 200 OK\r\n");
        for _ in 0..60 {
            if stream.write_all(b"X-Slow: 1\r\n").is_err() {
                return;
            }
            std::thread::sleep(Duration::from_millis(500));
        }
    });
    let result = probe(&site.url(), &["--allow-private"]);
    assert_eq!(result["signals"]["unchecked"]["code"], "timeout");
    assert!(outcome(&result).1.starts_with("no answer within 2 s"));
}

#[test]
fn a_100_mb_page_is_refused_declared_or_streamed() {
    // Declared: refused from the Content-Length, before reading.
    let declared = serve_with(|stream, _| {
        let _ = stream.write_all(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 104857600\r\n\r\n",
        );
        let _ = stream.write_all(&[b' '; 65536]);
    });
    let result = probe(&declared.url(), &["--allow-private"]);
    assert_eq!(result["signals"]["unchecked"]["code"], "too_large");
    // Streamed without a length: cut at the cap while reading.
    let streamed = serve_with(|stream, _| {
        let _ = stream
            .write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n");
        let chunk = vec![b'a'; 1 << 20];
        for _ in 0..100 {
            if stream.write_all(&chunk).is_err() {
                return;
            }
        }
    });
    let (result, peak) = probe_measured(&streamed.url(), &["--allow-private"]);
    assert_eq!(result["signals"]["unchecked"]["code"], "too_large");
    assert!(peak > 0 && peak < MEMORY_BOUND_KIB, "peak {peak} KiB");
}

#[test]
fn links_and_redirects_to_private_addresses_and_files_are_never_followed() {
    let site = serve_with(|stream, path| match path {
        "/" => respond(
            stream,
            "200 OK",
            &[("Content-Type", "text/html")],
            br#"<a href="http://10.0.0.1/xeberler">Xeberler</a>
                <a href="http://10.0.0.1/satinalmalar">Satinalmalar</a>
                <a href="file:///etc/passwd">Elaqe</a>
                <form action="http://10.0.0.1/search"><input type=search name=q></form>"#,
        ),
        _ => respond(stream, "404 Not Found", &[], b""),
    });
    let result = probe(&site.url(), &["--allow-private"]);
    let pages = result["pages"].as_array().unwrap();
    assert!(
        pages
            .iter()
            .all(|p| !p["url"].as_str().unwrap().contains("10.0.0.1")
                && !p["url"].as_str().unwrap().starts_with("file:")),
        "{pages:?}"
    );
    // A redirect to 10.0.0.1 is refused before any connection (an attempt
    // would hang until the connect timeout; the refusal is immediate).
    let redirecting = serve_with(|stream, _| {
        respond(
            stream,
            "302 Found",
            &[("Location", "http://10.0.0.1/")],
            b"",
        );
    });
    let started = Instant::now();
    let result = probe(&redirecting.url(), &["--allow-private"]);
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(result["signals"]["unchecked"]["code"], "private_address");
    assert_eq!(result["signals"]["unchecked"]["address"], "10.0.0.1");
    // And a redirect to a file.
    let to_file = serve_with(|stream, _| {
        respond(
            stream,
            "302 Found",
            &[("Location", "file:///etc/passwd")],
            b"",
        );
    });
    let result = probe(&to_file.url(), &["--allow-private"]);
    assert_eq!(result["signals"]["unchecked"]["code"], "not_http");
}

#[test]
fn invalid_html_still_gives_hints() {
    let site = serve_with(|stream, path| {
        match path {
        "/" => respond(
            stream,
            "200 OK",
            &[("Content-Type", "text/html")],
            b"<html><<<>>><body <a href=/page/29.html>Elektron xidm\xc9\x99tl\xc9\x99r<table><td>\xff\xfe 13.07.2018 <a href='https://facebook.com/x'>fb</a></p></div></span>",
        ),
        _ => respond(stream, "404 Not Found", &[], b""),
    }
    });
    let result = probe(&site.url(), &["--allow-private"]);
    assert_eq!(result["signals"]["reached"]["status"], 200);
    assert_eq!(result["signals"]["social"][0]["network"], "facebook");
    assert_eq!(result["signals"]["newest_news"]["date"], "2018-07-13");
}

#[test]
fn a_forbidding_robots_txt_is_respected() {
    let site = serve_with(|stream, path| match path {
        "/robots.txt" => respond(
            stream,
            "200 OK",
            &[("Content-Type", "text/plain")],
            b"User-agent: *\nDisallow: /\n",
        ),
        _ => respond(
            stream,
            "200 OK",
            &[("Content-Type", "text/html")],
            b"<p>secret</p>",
        ),
    });
    let result = probe(&site.url(), &["--allow-private"]);
    assert_eq!(result["signals"]["unchecked"]["code"], "robots_disallow");
    let pages = result["pages"].as_array().unwrap();
    assert_eq!(
        pages.len(),
        2,
        "robots.txt fetched, the home page refused: {pages:?}"
    );
    assert!(pages[1].get("status").is_none());
    let (_, note) = outcome(&result);
    assert!(
        note.starts_with("could not be checked: robots.txt forbids"),
        "{note}"
    );
    all_unchecked(&result);
}

#[test]
fn a_loopback_site_is_refused_without_the_flag_before_connecting() {
    let site = server::serve(std::path::Path::new(env!("CARGO_MANIFEST_DIR")));
    let result = probe(&site.url(), &[]);
    assert_eq!(result["signals"]["unchecked"]["code"], "private_address");
    let (_, note) = outcome(&result);
    assert!(
        note.starts_with("could not be checked: 127.0.0.1 resolves to a non-public address"),
        "{note}"
    );
    assert_eq!(
        site.connections.load(Ordering::SeqCst),
        0,
        "nothing connected"
    );
    // By name too: localhost resolves to loopback.
    let by_name = format!("http://localhost:{}/", site.addr.port());
    let result = probe(&by_name, &[]);
    assert_eq!(result["signals"]["unchecked"]["code"], "private_address");
    assert_eq!(
        site.connections.load(Ordering::SeqCst),
        0,
        "nothing connected"
    );
}

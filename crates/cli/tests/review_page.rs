//! The reviewer page of `napcheck serve --reviewers FILE` on loopback: off
//! without the option; unauthenticated and cross-site requests are refused
//! (401, 403) and write nothing; a wrong sign-in never says which part was
//! wrong and is rate-limited; a signed-in reviewer's accept and reject each
//! write exactly one decision to `DIR/.reviews/`; reviewers deciding at
//! once lose none; signing out ends the session. Every test stops by
//! itself (bounded loops, a read timeout in the client).

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "serve/support.rs"]
mod support;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Command;
use support::{request, Reply, Server, BIN};

const FIXTURE: &str = "tests/cmd/fixtures/review";
const IDS: [&str; 4] = [
    "1a2b3c4d5e6f0000",
    "2b3c4d5e6f700000",
    "3c4d5e6f70810000",
    "4d5e6f7081920000",
];

/// A collect directory with the review fixtures, and a reviewers file
/// (outside it) naming `names`; returns the tokens in order.
fn setup(names: &[&str]) -> (tempfile::TempDir, tempfile::TempDir, PathBuf, Vec<String>) {
    let collect = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE)).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "json") {
            std::fs::copy(&path, collect.path().join(path.file_name().unwrap())).unwrap();
        }
    }
    let keys = tempfile::tempdir().unwrap();
    let file = keys.path().join("reviewers");
    let tokens = names
        .iter()
        .map(|name| {
            let out = Command::new(BIN)
                .args(["review", "add-reviewer"])
                .arg(&file)
                .arg(name)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8(out.stdout).unwrap().trim().to_owned()
        })
        .collect();
    (collect, keys, file, tokens)
}

fn start(collect: &Path, file: &Path, extra: &[&str]) -> Server {
    let mut args = vec!["--reviewers", file.to_str().unwrap()];
    args.extend_from_slice(extra);
    Server::start(collect, &args)
}

/// `application/x-www-form-urlencoded` of `pairs`.
fn form(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| {
            let value: String = v
                .bytes()
                .map(|b| match b {
                    b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                        char::from(b).to_string()
                    }
                    b' ' => "+".to_owned(),
                    _ => format!("%{b:02X}"),
                })
                .collect();
            format!("{k}={value}")
        })
        .collect::<Vec<_>>()
        .join("&")
}

fn post(addr: SocketAddr, path: &str, headers: &[(&str, &str)], body: &str) -> Reply {
    let mut all = vec![("Content-Type", "application/x-www-form-urlencoded")];
    all.extend_from_slice(headers);
    request(addr, "POST", path, &all, body.as_bytes())
}

fn own(addr: SocketAddr) -> String {
    format!("http://{addr}")
}

/// Signs in; returns the `Cookie` header value and the session's form token.
fn sign_in(addr: SocketAddr, name: &str, token: &str) -> (String, String) {
    let origin = own(addr);
    let reply = post(
        addr,
        "/review/login?lang=en",
        &[("Origin", &origin)],
        &form(&[("name", name), ("token", token)]),
    );
    assert_eq!(reply.status, 303, "{}", reply.body);
    let set = reply.header("set-cookie").expect("a session cookie");
    let cookie = set.split(';').next().unwrap().to_owned();
    let page = request(addr, "GET", "/review/?lang=en", &[("Cookie", &cookie)], b"");
    assert_eq!(page.status, 200, "{}", page.body);
    let csrf = page
        .body
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a form token")
        .to_owned();
    (cookie, csrf)
}

/// The decisions written to `dir`'s log.
fn decisions(dir: &Path) -> Vec<serde_json::Value> {
    let log = dir.join(".reviews");
    if !log.exists() {
        return Vec::new();
    }
    let mut names: Vec<PathBuf> = std::fs::read_dir(&log)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
        .collect()
}

fn decide(
    addr: SocketAddr,
    cookie: &str,
    csrf: &str,
    id: &str,
    verdict: &str,
    reason: &str,
) -> Reply {
    let origin = own(addr);
    post(
        addr,
        "/review/decide?lang=en",
        &[("Origin", &origin), ("Cookie", cookie)],
        &form(&[
            ("csrf", csrf),
            ("id", id),
            ("decision", verdict),
            ("reason", reason),
        ]),
    )
}

#[test]
fn the_page_is_off_without_reviewers() {
    let (collect, _keys, _file, _) = setup(&[]);
    let server = Server::start(collect.path(), &[]);
    for path in ["/review", "/review/", "/review/login", "/review/style.css"] {
        assert_eq!(
            request(server.addr, "GET", path, &[], b"").status,
            404,
            "{path}"
        );
    }
    let reply = post(server.addr, "/review/decide", &[], &form(&[("id", IDS[0])]));
    assert_eq!(reply.status, 404);
    assert!(decisions(collect.path()).is_empty());
}

#[test]
fn a_reviewers_file_inside_the_collect_directory_or_empty_is_refused_at_start() {
    let (collect, keys, file, _) = setup(&["Aysel"]);
    let inside = collect.path().join("reviewers.tsv");
    std::fs::copy(&file, &inside).unwrap();
    let empty = keys.path().join("empty.tsv");
    std::fs::write(&empty, "# nobody yet\n").unwrap();
    let dist = tempfile::tempdir().unwrap();
    std::fs::write(dist.path().join("index.html"), "<!doctype html>").unwrap();
    // In the operator's --lang (az by default).
    for (reviewers, lang, says) in [
        (&inside, "en", "inside --dist or --collect"),
        (&inside, "az", "qovluğunun içindədir"),
        (&inside, "ru", "лежит внутри --dist или --collect"),
        (&empty, "en", "names no reviewer"),
        (&empty, "az", "heç bir rəyçi yoxdur"),
        (&empty, "ru", "нет ни одного рецензента"),
    ] {
        let out = Command::new(BIN)
            .args(["serve", "--addr", "127.0.0.1:0", "--lang", lang, "--dist"])
            .arg(dist.path())
            .arg("--collect")
            .arg(collect.path())
            .arg("--reviewers")
            .arg(reviewers)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says), "{lang}: {stderr}");
    }
}

#[test]
fn unauthenticated_requests_are_sent_to_sign_in_and_change_nothing() {
    let (collect, _keys, file, _) = setup(&["Aysel"]);
    let server = start(collect.path(), &file, &[]);
    let addr = server.addr;
    let bare = request(addr, "GET", "/review?lang=ru", &[], b"");
    assert_eq!(bare.status, 303);
    assert_eq!(bare.header("location"), Some("/review/"));
    let page = request(addr, "GET", "/review/?lang=ru", &[], b"");
    assert_eq!(page.status, 303);
    assert_eq!(page.header("location"), Some("/review/login?lang=ru"));
    let origin = own(addr);
    let forged = format!("napcheck_review={}", "0".repeat(64));
    for cookie in ["", forged.as_str()] {
        let mut headers = vec![("Origin", origin.as_str())];
        if !cookie.is_empty() {
            headers.push(("Cookie", cookie));
        }
        let body = form(&[
            ("csrf", "x"),
            ("id", IDS[0]),
            ("decision", "accept"),
            ("reason", "ok"),
        ]);
        let reply = post(addr, "/review/decide?lang=en", &headers, &body);
        assert_eq!(reply.status, 401, "{}", reply.body);
        assert!(reply.body.contains("Sign in first"), "{}", reply.body);
        let out = post(addr, "/review/logout", &headers, &form(&[("csrf", "x")]));
        assert_eq!(out.status, 401);
    }
    assert!(decisions(collect.path()).is_empty(), "nothing written");
}

#[test]
fn cross_site_requests_are_refused_and_change_nothing() {
    let (collect, _keys, file, tokens) = setup(&["Aysel"]);
    let server = start(
        collect.path(),
        &file,
        &["--allow-origin", "https://ngo.example"],
    );
    let addr = server.addr;
    let (cookie, csrf) = sign_in(addr, "Aysel", &tokens[0]);
    let body = |csrf: &str| {
        form(&[
            ("csrf", csrf),
            ("id", IDS[0]),
            ("decision", "accept"),
            ("reason", "ok"),
        ])
    };
    let origin = own(addr);
    // What is wrong, the headers, the form.
    type Case<'a> = (&'a str, Vec<(&'a str, &'a str)>, String);
    let cases: Vec<Case<'_>> = vec![
        (
            "a foreign Origin",
            vec![("Origin", "https://evil.example"), ("Cookie", &cookie)],
            body(&csrf),
        ),
        // An embedding host may submit assessments, never decide.
        (
            "an --allow-origin page",
            vec![("Origin", "https://ngo.example"), ("Cookie", &cookie)],
            body(&csrf),
        ),
        (
            "Sec-Fetch-Site: cross-site",
            vec![("Sec-Fetch-Site", "cross-site"), ("Cookie", &cookie)],
            body(&csrf),
        ),
        (
            "no form token",
            vec![("Origin", &origin), ("Cookie", &cookie)],
            form(&[("id", IDS[0]), ("decision", "accept"), ("reason", "ok")]),
        ),
        (
            "a wrong form token",
            vec![("Origin", &origin), ("Cookie", &cookie)],
            body(&"f".repeat(64)),
        ),
        (
            "no Origin and no form token",
            vec![("Cookie", &cookie)],
            body(""),
        ),
    ];
    for (what, headers, body) in &cases {
        let reply = post(addr, "/review/decide?lang=en", headers, body);
        assert_eq!(reply.status, 403, "{what}: {}", reply.body);
        assert!(
            reply.body.contains("nothing was changed"),
            "{what}: {}",
            reply.body
        );
    }
    let out = post(
        addr,
        "/review/logout",
        &[("Origin", &origin), ("Cookie", &cookie)],
        &form(&[("csrf", "bad")]),
    );
    assert_eq!(out.status, 403, "sign-out needs the form token too");
    let login = post(
        addr,
        "/review/login",
        &[("Origin", "https://evil.example")],
        &form(&[("name", "Aysel"), ("token", &tokens[0])]),
    );
    assert_eq!(login.status, 403, "no sign-in from another site");
    assert!(login.header("set-cookie").is_none());
    assert!(decisions(collect.path()).is_empty(), "nothing written");
    // The session still works: the refusals did not end it.
    assert_eq!(
        decide(addr, &cookie, &csrf, IDS[0], "accept", "fine").status,
        303
    );
}

#[test]
fn accept_and_reject_each_write_one_decision() {
    let (collect, _keys, file, tokens) = setup(&["Aysel Quliyeva"]);
    let server = start(collect.path(), &file, &[]);
    let addr = server.addr;
    let (cookie, csrf) = sign_in(addr, "Aysel Quliyeva", &tokens[0]);
    let accepted = decide(addr, &cookie, &csrf, IDS[0], "accept", "evidence checked");
    assert_eq!(accepted.status, 303);
    assert_eq!(
        accepted.header("location"),
        Some(format!("/review/?lang=en&done={}&verdict=accepted", IDS[0]).as_str())
    );
    assert_eq!(decisions(collect.path()).len(), 1);
    let rejected = decide(addr, &cookie, &csrf, IDS[1], "reject", "links do not open");
    assert_eq!(rejected.status, 303);
    let log = decisions(collect.path());
    assert_eq!(log.len(), 2, "{log:?}");
    let found = |id: &str| log.iter().find(|d| d["submission"] == id).unwrap().clone();
    assert_eq!(found(IDS[0])["decision"], "accepted");
    assert_eq!(found(IDS[0])["reviewer"], "Aysel Quliyeva");
    assert_eq!(found(IDS[0])["reason"], "evidence checked");
    assert_eq!(found(IDS[1])["decision"], "rejected");
    assert_eq!(found(IDS[1])["reason"], "links do not open");
    // The list no longer shows them; the notice says what was recorded.
    let page = request(
        addr,
        "GET",
        &format!("/review/?lang=en&done={}&verdict=rejected", IDS[1]),
        &[("Cookie", &cookie)],
        b"",
    );
    assert!(
        page.body.contains("Pending submissions (2)"),
        "{}",
        page.body
    );
    assert!(page.body.contains("Decision recorded:"), "{}", page.body);
    assert!(!page.body.contains(&format!("value=\"{}\"", IDS[0])));
    // A blank reason, an unknown id or verdict: refused, nothing written.
    assert_eq!(
        decide(addr, &cookie, &csrf, IDS[2], "accept", "  ").status,
        400
    );
    assert_eq!(
        decide(addr, &cookie, &csrf, "0000000000000000", "accept", "x").status,
        404
    );
    assert_eq!(
        decide(addr, &cookie, &csrf, &IDS[2][..4], "accept", "x").status,
        404,
        "no prefixes"
    );
    assert_eq!(
        decide(addr, &cookie, &csrf, IDS[2], "maybe", "x").status,
        400
    );
    assert_eq!(decisions(collect.path()).len(), 2);
    // The CLI reads the same log.
    let out = Command::new(BIN)
        .args([
            "review",
            "list",
            "--format",
            "json",
            "--today",
            support::TODAY,
        ])
        .arg(collect.path())
        .output()
        .unwrap();
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let status = |id: &str| {
        listed
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .unwrap()["status"]
            .clone()
    };
    assert_eq!(status(IDS[0]), "accepted");
    assert_eq!(status(IDS[1]), "rejected");
    assert_eq!(status(IDS[2]), "pending");
}

#[test]
fn each_disagreement_is_shown_beside_the_current_consensus() {
    let (collect, _keys, file, tokens) = setup(&["Aysel"]);
    let server = start(collect.path(), &file, &[]);
    let addr = server.addr;
    let (cookie, csrf) = sign_in(addr, "Aysel", &tokens[0]);
    let before = request(addr, "GET", "/review/?lang=en", &[("Cookie", &cookie)], b"");
    assert!(
        !before.body.contains("current consensus"),
        "nothing accepted yet"
    );
    assert_eq!(
        decide(addr, &cookie, &csrf, IDS[0], "accept", "checked").status,
        303
    );
    let page = request(addr, "GET", "/review/?lang=en", &[("Cookie", &cookie)], b"");
    // 3c4d answers 4.2.1.meetings with 0 where the accepted 1a2b said 5
    // (`review show` lists the same disagreement).
    let item = page
        .body
        .split("<article")
        .find(|a| a.contains(IDS[2]))
        .expect("3c4d is listed");
    assert!(
        item.contains(
            "<strong>4.2.1.meetings</strong> — current consensus: full; with this one: disputed"
        ),
        "{item}"
    );
    assert!(
        item.contains("1a2b3c4d5e6f: <strong>full</strong>"),
        "{item}"
    );
    assert!(
        item.contains("this submission: <strong>none</strong>"),
        "{item}"
    );
}

#[test]
fn the_session_cookie_is_httponly_strict_and_secure_behind_tls() {
    let (collect, _keys, file, tokens) = setup(&["Aysel"]);
    let server = start(collect.path(), &file, &["--trusted-proxy", "127.0.0.1"]);
    let addr = server.addr;
    let body = form(&[("name", "Aysel"), ("token", &tokens[0])]);
    let plain = post(addr, "/review/login", &[], &body);
    let cookie = plain.header("set-cookie").unwrap();
    for flag in ["HttpOnly", "SameSite=Strict", "Path=/review/", "Max-Age="] {
        assert!(cookie.contains(flag), "{flag} in {cookie}");
    }
    assert!(
        !cookie.contains("Secure"),
        "plain http on loopback: {cookie}"
    );
    let id = cookie.split(';').next().unwrap().split('=').nth(1).unwrap();
    assert_eq!(id.len(), 64, "256 random bits");
    let tls = post(
        addr,
        "/review/login",
        &[("X-Forwarded-Proto", "https")],
        &body,
    );
    assert!(tls.header("set-cookie").unwrap().contains("; Secure"));
    assert_ne!(
        tls.header("set-cookie"),
        plain.header("set-cookie"),
        "a new id each time"
    );
    let page = request(addr, "GET", "/review/login", &[], b"");
    let csp = page.header("content-security-policy").unwrap();
    assert!(
        csp.contains("form-action 'self'") && csp.contains("frame-ancestors 'none'"),
        "{csp}"
    );
    assert!(!csp.contains("script-src"), "no script at all: {csp}");
    assert_eq!(page.header("cache-control"), Some("no-store"));
    assert!(page.header("access-control-allow-origin").is_none());
}

#[test]
fn a_wrong_sign_in_never_says_which_part_and_is_rate_limited() {
    let (collect, _keys, file, tokens) = setup(&["Aysel", "Rauf"]);
    let server = start(collect.path(), &file, &[]);
    let addr = server.addr;
    let attempts = [
        ("Aysel", tokens[1].as_str()),
        ("Nobody", tokens[0].as_str()),
        ("Aysel", ""),
        ("", ""),
    ];
    let bodies: Vec<String> = attempts
        .iter()
        .map(|(name, token)| {
            let reply = post(
                addr,
                "/review/login?lang=en",
                &[],
                &form(&[("name", name), ("token", token)]),
            );
            assert_eq!(reply.status, 401, "{name}");
            assert!(reply.header("set-cookie").is_none());
            reply.body
        })
        .collect();
    assert!(
        bodies.iter().all(|b| b == &bodies[0]),
        "one answer for every wrong part"
    );
    assert!(bodies[0].contains("The name or the token is wrong."));
    let az = post(
        addr,
        "/review/login",
        &[("Accept-Language", "az")],
        &form(&[("name", "x")]),
    );
    assert!(az.body.contains("Ad və ya açar yanlışdır."), "{}", az.body);
    // 10 attempts a minute: the next ones are refused even with the right token.
    let mut limited = None;
    for n in 0..20 {
        let reply = post(
            addr,
            "/review/login",
            &[],
            &form(&[("name", "Aysel"), ("token", &tokens[0])]),
        );
        if reply.status == 429 {
            limited = Some(n);
            break;
        }
    }
    assert!(
        limited.is_some_and(|n| n <= 6),
        "rate-limited after 10 attempts: {limited:?}"
    );
}

#[test]
fn concurrent_reviewers_lose_no_decision() {
    let (collect, _keys, file, tokens) = setup(&["Aysel", "Rauf"]);
    let server = start(collect.path(), &file, &[]);
    let addr = server.addr;
    let sessions = [
        sign_in(addr, "Aysel", &tokens[0]),
        sign_in(addr, "Rauf", &tokens[1]),
    ];
    let (threads, rounds) = (8, 5);
    std::thread::scope(|scope| {
        for t in 0..threads {
            let (cookie, csrf) = sessions[t % 2].clone();
            scope.spawn(move || {
                for n in 0..rounds {
                    let verdict = if (t + n) % 2 == 0 { "accept" } else { "reject" };
                    let reply = decide(
                        addr,
                        &cookie,
                        &csrf,
                        IDS[(t + n) % IDS.len()],
                        verdict,
                        &format!("thread {t}, decision {n}"),
                    );
                    assert_eq!(reply.status, 303, "{}", reply.body);
                }
            });
        }
    });
    let log = decisions(collect.path());
    assert_eq!(log.len(), threads * rounds, "every decision kept");
    for t in 0..threads {
        for n in 0..rounds {
            let reason = format!("thread {t}, decision {n}");
            assert_eq!(
                log.iter()
                    .filter(|d| d["reason"] == reason.as_str())
                    .count(),
                1,
                "{reason}"
            );
        }
    }
}

#[test]
fn signing_out_ends_the_session() {
    let (collect, _keys, file, tokens) = setup(&["Aysel"]);
    let server = start(collect.path(), &file, &[]);
    let addr = server.addr;
    let (cookie, csrf) = sign_in(addr, "Aysel", &tokens[0]);
    let origin = own(addr);
    let out = post(
        addr,
        "/review/logout?lang=az",
        &[("Origin", &origin), ("Cookie", &cookie)],
        &form(&[("csrf", &csrf)]),
    );
    assert_eq!(out.status, 303);
    assert_eq!(out.header("location"), Some("/review/login?lang=az"));
    assert!(out.header("set-cookie").unwrap().contains("Max-Age=0"));
    assert_eq!(
        request(addr, "GET", "/review/", &[("Cookie", &cookie)], b"").status,
        303
    );
    assert_eq!(
        decide(addr, &cookie, &csrf, IDS[0], "accept", "late").status,
        401
    );
    assert!(decisions(collect.path()).is_empty());
}

//! The collection endpoint under abuse and faults (issue 7): a client that
//! trickles its headers or its body is cut off and does not block others, a
//! truncated body is refused, a burst over the rate limit is refused beyond
//! the limit, and a server killed with SIGKILL in the middle of a load test
//! leaves only complete, valid files, every acknowledged submission present,
//! and restarts cleanly on the same directory.

#[path = "serve/support.rs"]
mod support;

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use support::*;

/// Trickles `bytes` one at a time, a pause apart, until the server ends the
/// connection; returns what it answered, if anything, and the bytes sent.
fn trickle(stream: &mut std::net::TcpStream, bytes: &[u8]) -> (Option<Reply>, usize) {
    for (sent, byte) in bytes.iter().enumerate() {
        if stream.write_all(&[*byte]).is_err() {
            return (read_reply(stream).ok(), sent);
        }
        std::thread::sleep(Duration::from_millis(250));
        // Has the server answered or closed?
        stream.set_nonblocking(true).expect("nonblocking");
        let mut probe = [0u8; 1];
        let closed = stream.peek(&mut probe).is_ok();
        stream.set_nonblocking(false).expect("blocking");
        if closed {
            return (read_reply(stream).ok(), sent + 1);
        }
    }
    (None, bytes.len())
}

#[test]
fn a_slow_client_is_cut_off_and_does_not_block_others() {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(dir.path(), &["--timeout", "1"]);
    let a = server.addr;
    // Headers trickled: far more bytes than fit in the timeout.
    let head = format!("POST /api/assessments HTTP/1.1\r\nHost: {a}\r\nContent-Type: application/json\r\nX-Padding: {}\r\n\r\n", "x".repeat(200));
    let mut slow_headers = connect(a);
    let slow = std::thread::spawn(move || trickle(&mut slow_headers, head.as_bytes()));
    // Body trickled after complete headers.
    let body = valid(1);
    let mut slow_body = connect(a);
    slow_body
        .write_all(format!("POST /api/assessments HTTP/1.1\r\nHost: {a}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n", body.len()).as_bytes())
        .expect("headers");
    let slow_body = std::thread::spawn(move || trickle(&mut slow_body, body.as_bytes()));
    // Meanwhile, others are served.
    for n in 0..5 {
        assert_eq!(submit(a, &valid(100 + n), &[]).status, 201);
    }
    let (answer, sent) = slow.join().expect("slow headers");
    assert!(sent < 200, "cut off after {sent} header bytes");
    if let Some(answer) = answer {
        assert_eq!(answer.status, 408, "{answer:?}");
    }
    let (answer, sent) = slow_body.join().expect("slow body");
    let answer = answer.expect("an answer to the slow body");
    assert_eq!(answer.status, 408, "{answer:?}");
    assert!(answer.json()["error"]
        .as_str()
        .expect("error")
        .contains("in time"));
    assert!(sent < valid(1).len());
    assert_eq!(
        stored(dir.path()).len(),
        5,
        "only the five complete submissions"
    );
}

#[test]
fn a_truncated_body_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(dir.path(), &[]);
    let a = server.addr;
    let body = valid(1);
    let mut stream = connect(a);
    stream
        .write_all(format!("POST /api/assessments HTTP/1.1\r\nHost: {a}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n", body.len()).as_bytes())
        .expect("headers");
    stream
        .write_all(&body.as_bytes()[..body.len() / 2])
        .expect("half the body");
    stream
        .shutdown(std::net::Shutdown::Write)
        .expect("shutdown");
    let answer = read_reply(&mut stream).expect("an answer");
    assert_eq!(answer.status, 400, "{answer:?}");
    assert!(answer.json()["error"]
        .as_str()
        .expect("error")
        .contains("cut off"));
    assert!(entries(dir.path()).is_empty());
    // The server is still fine.
    assert_eq!(submit(a, &body, &[]).status, 201);
}

#[test]
fn a_burst_over_the_rate_limit_is_refused_beyond_the_limit() {
    const BURST: usize = 50;
    const LIMIT: usize = 10;
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(dir.path(), &["--rate-limit", "10/min"]);
    let addr = server.addr;
    let barrier = Arc::new(std::sync::Barrier::new(BURST));
    let threads: Vec<_> = (0..BURST)
        .map(|n| {
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                let text = valid(n);
                barrier.wait();
                submit(addr, &text, &[]).status
            })
        })
        .collect();
    let statuses: Vec<u16> = threads
        .into_iter()
        .map(|t| t.join().expect("client"))
        .collect();
    let accepted = statuses.iter().filter(|s| **s == 201).count();
    let limited = statuses.iter().filter(|s| **s == 429).count();
    // The bucket refills 10/min: a slow machine may earn one more token.
    assert!((LIMIT..=LIMIT + 1).contains(&accepted), "{statuses:?}");
    assert_eq!(accepted + limited, BURST, "{statuses:?}");
    assert_eq!(stored(dir.path()).len(), accepted);
}

#[test]
fn sigkill_during_a_load_test_loses_no_acknowledged_submission() {
    const CLIENTS: usize = 16;
    const KILL_AFTER: usize = 150;
    let dir = tempfile::tempdir().expect("dir");
    let mut server = Server::start(dir.path(), &["--rate-limit", "100000/min"]);
    let addr = server.addr;
    let acked = Arc::new(Mutex::new(Vec::<(String, String)>::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let clients: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let (acked, stop) = (acked.clone(), stop.clone());
            std::thread::spawn(move || {
                let mut sent = 0usize;
                for n in 0.. {
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    let text = valid(c * 1_000_000 + n);
                    sent += 1;
                    // After the kill, connections fail: that ends the client.
                    let Ok(mut stream) = std::net::TcpStream::connect(addr) else {
                        break;
                    };
                    let request = format!("POST /api/assessments HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{text}", text.len());
                    if stream.write_all(request.as_bytes()).is_err() {
                        break;
                    }
                    match read_reply(&mut stream) {
                        Ok(reply) if reply.status == 201 => {
                            let id = reply.json()["id"].as_str().expect("id").to_owned();
                            acked.lock().expect("lock").push((id, text));
                        }
                        Ok(reply) => panic!("unexpected answer {reply:?}"),
                        Err(_) => break,
                    }
                }
                sent
            })
        })
        .collect();
    while acked.lock().expect("lock").len() < KILL_AFTER {
        std::thread::sleep(Duration::from_millis(5));
    }
    server.kill();
    stop.store(true, Ordering::Relaxed);
    let sent: usize = clients.into_iter().map(|c| c.join().expect("client")).sum();
    let acked = acked.lock().expect("lock").clone();

    // Every acknowledged submission is there, and every stored file is complete and valid.
    let files = stored(dir.path());
    for (id, _) in &acked {
        assert!(
            files.contains(&format!("{id}.json")),
            "acknowledged {id} is missing"
        );
    }
    let (code, records) = validate(dir.path());
    let summary = records.last().expect("summary");
    assert_eq!(code, 0, "{records:?}");
    assert_eq!(
        summary["files"],
        files.len(),
        "temporary files are not submissions"
    );
    assert_eq!(summary["valid"], files.len());
    let temps = entries(dir.path()).len() - files.len();
    eprintln!(
        "sigkill: {sent} sent by {CLIENTS} clients, {} acknowledged, {} stored, {temps} temporary file(s) left",
        acked.len(),
        files.len()
    );

    // The server restarts on the same directory, clears the temporary files,
    // and knows what it stored.
    let restarted = Server::start(dir.path(), &[]);
    assert_eq!(
        entries(dir.path()),
        files,
        "temporary files removed on start"
    );
    assert_eq!(
        request(restarted.addr, "GET", "/health", &[], b"").status,
        200
    );
    let (id, text) = &acked[0];
    let again = submit(restarted.addr, text, &[]);
    assert_eq!(again.status, 200);
    assert_eq!(again.json()["id"], id.as_str());
    assert_eq!(submit(restarted.addr, &valid(42), &[]).status, 201);
}

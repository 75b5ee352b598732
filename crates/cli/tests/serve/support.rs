//! What the endpoint tests share: a real `napcheck serve` on an ephemeral
//! loopback port with a scratch collect directory, a minimal HTTP/1.1
//! client over a plain TCP stream (so tests can also misbehave: trickle,
//! truncate), the fixtures, and `napcheck validate` over the directory.

#![allow(dead_code, unreachable_pub)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The CLI binary.
pub const BIN: &str = env!("CARGO_BIN_EXE_napcheck");

/// A fixed "today", so the fixtures stay valid.
pub const TODAY: &str = "2026-01-01";

/// A fixture of `tests/serve/`.
pub fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/serve")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The valid fixture made distinct by `n` (the body's name).
pub fn valid(n: usize) -> String {
    let text = fixture("valid.json");
    let distinct = text.replace(
        "\"name\": \"Binəqədi rayon İcra Hakimiyyəti\"",
        &format!("\"name\": \"Binəqədi rayon İcra Hakimiyyəti {n}\""),
    );
    assert_ne!(text, distinct, "the fixture has the name to vary");
    distinct
}

/// A running server; killed when dropped.
pub struct Server {
    pub child: Child,
    pub addr: SocketAddr,
    pub dist: tempfile::TempDir,
}

impl Server {
    /// Starts `napcheck serve` collecting into `collect`, with `extra` options.
    pub fn start(collect: &Path, extra: &[&str]) -> Server {
        let dist = tempfile::tempdir().expect("dist dir");
        std::fs::write(
            dist.path().join("index.html"),
            "<!doctype html><title>napcheck</title>",
        )
        .expect("index.html");
        let mut child = Command::new(BIN)
            .args([
                "serve",
                "--addr",
                "127.0.0.1:0",
                "--today",
                TODAY,
                "--lang",
                "en",
            ])
            .arg("--dist")
            .arg(dist.path())
            .arg("--collect")
            .arg(collect)
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start napcheck serve");
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        let first = lines.next().expect("a first line").expect("text");
        let url = first
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no URL in {first:?}"));
        let addr = url
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .parse()
            .expect("address");
        // Keep reading so the server never writes to a closed pipe.
        std::thread::spawn(move || lines.for_each(drop));
        Server { child, addr, dist }
    }

    /// Kills the process with SIGKILL and reaps it.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A parsed answer.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    /// Header lines, names lowercased.
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", self.body))
    }
}

/// Connects with a generous read timeout (a safety net against a hung
/// test, not an assertion).
pub fn connect(addr: SocketAddr) -> TcpStream {
    let stream = TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(120)))
        .expect("timeout");
    stream
}

/// Sends raw bytes and reads the answer until the server closes.
pub fn raw(addr: SocketAddr, request: &[u8]) -> std::io::Result<Reply> {
    let mut stream = connect(addr);
    stream.write_all(request)?;
    read_reply(&mut stream)
}

/// Reads one answer (the connection is `close`).
pub fn read_reply(stream: &mut TcpStream) -> std::io::Result<Reply> {
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes)?;
    parse(&bytes).ok_or_else(|| {
        std::io::Error::other(format!(
            "not an HTTP answer: {:?}",
            String::from_utf8_lossy(&bytes)
        ))
    })
}

fn parse(bytes: &[u8]) -> Option<Reply> {
    let text = String::from_utf8_lossy(bytes);
    let (head, body) = text.split_once("\r\n\r\n")?;
    let mut lines = head.split("\r\n");
    let status = lines.next()?.split_whitespace().nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let chunked = headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.contains("chunked"));
    let body = if chunked {
        dechunk(body)
    } else {
        body.to_owned()
    };
    Some(Reply {
        status,
        headers,
        body,
    })
}

fn dechunk(mut text: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = text.split_once("\r\n") {
        let Ok(size) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        if size == 0 || rest.len() < size {
            break;
        }
        out.push_str(&rest[..size]);
        text = rest[size..].trim_start_matches("\r\n");
    }
    out
}

/// A request with `Connection: close` and a `Content-Length`.
pub fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Reply {
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(body);
    raw(addr, &bytes).expect("an answer")
}

/// POSTs `body` as JSON to the collection endpoint, with extra headers.
pub fn submit(addr: SocketAddr, body: &str, headers: &[(&str, &str)]) -> Reply {
    let mut all = vec![("Content-Type", "application/json")];
    all.extend_from_slice(headers);
    request(addr, "POST", "/api/assessments", &all, body.as_bytes())
}

/// The names of every entry of `dir`, sorted.
pub fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The stored submissions (`*.json`) of `dir`.
pub fn stored(dir: &Path) -> Vec<String> {
    entries(dir)
        .into_iter()
        .filter(|n| n.ends_with(".json") && !n.starts_with('.'))
        .collect()
}

/// `napcheck validate --format json` over `path`: the exit code and the records.
pub fn validate(path: &Path) -> (i32, Vec<serde_json::Value>) {
    let output = Command::new(BIN)
        .args([
            "validate", "--format", "json", "--lang", "en", "--today", TODAY,
        ])
        .arg(path)
        .output()
        .expect("run validate");
    let records = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON record"))
        .collect();
    (output.status.code().unwrap_or(-1), records)
}

//! A fixture website on loopback for the probe's tests and benchmark: it
//! serves the files of one directory over HTTP/1.1 (one thread per
//! connection, `Connection: close`), and counts the connections it
//! accepted. `/` is `index.html`; `/a/b` is the first of `a/b`, `a-b`,
//! `a/b.html`, `a-b.html` that exists (the query is ignored); anything else
//! is a 404. `.html` files are sent as `text/html` without a charset, so a
//! page's own `<meta charset>` decides.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// A running fixture site.
pub struct Site {
    /// Its address.
    pub addr: SocketAddr,
    /// Connections accepted so far.
    pub connections: Arc<AtomicUsize>,
}

impl Site {
    /// Its home page URL.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }
}

/// Serves `root` on 127.0.0.1 (any free port) until the process ends.
pub fn serve(root: &Path) -> Site {
    let root = root.to_path_buf();
    serve_with(move |stream, path| send_file(stream, &root, path))
}

/// Serves requests with `answer(stream, path)` on 127.0.0.1.
pub fn serve_with<F>(answer: F) -> Site
where
    F: Fn(&mut TcpStream, &str) + Send + Sync + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let addr = listener.local_addr().expect("address");
    let connections = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&connections);
    let answer = Arc::new(answer);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            counter.fetch_add(1, Ordering::SeqCst);
            let answer = Arc::clone(&answer);
            std::thread::spawn(move || {
                let mut stream = stream;
                if let Some(path) = request_path(&stream) {
                    answer(&mut stream, &path);
                }
            });
        }
    });
    Site { addr, connections }
}

/// The path of the request on `stream` (headers read and dropped).
fn request_path(stream: &TcpStream) -> Option<String> {
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let path = line.split_whitespace().nth(1)?.to_owned();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).ok()? == 0 || header == "\r\n" {
            break;
        }
    }
    Some(path)
}

/// Writes a complete response.
pub fn respond(stream: &mut TcpStream, status: &str, headers: &[(&str, &str)], body: &[u8]) {
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body);
}

fn send_file(stream: &mut TcpStream, root: &Path, path: &str) {
    let path = path
        .split('?')
        .next()
        .unwrap_or("/")
        .trim_start_matches('/');
    let path = if path.is_empty() { "index.html" } else { path };
    let flat = path.replace('/', "-");
    let candidates: [PathBuf; 4] = [
        root.join(path),
        root.join(&flat),
        root.join(format!("{path}.html")),
        root.join(format!("{flat}.html")),
    ];
    let found = candidates
        .iter()
        .find(|p| p.is_file() && !path.contains(".."));
    match found.and_then(|p| std::fs::read(p).ok().map(|b| (p, b))) {
        Some((p, body)) => {
            let kind = if p.extension().is_some_and(|e| e == "txt") {
                "text/plain"
            } else {
                "text/html"
            };
            respond(stream, "200 OK", &[("Content-Type", kind)], &body);
        }
        None => respond(
            stream,
            "404 Not Found",
            &[("Content-Type", "text/plain")],
            b"not found",
        ),
    }
}

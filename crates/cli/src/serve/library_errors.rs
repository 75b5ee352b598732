//! The security headers on the answers hyper writes by itself. A request
//! line or header block hyper cannot parse (400), a URI too long (414) or
//! headers too large (431) is answered by hyper without calling the
//! application, so the headers middleware never sees it. This stream
//! wrapper sits under hyper: a write that is exactly one response head (no
//! body) starting with `HTTP/1.1 4` and carrying no
//! `content-security-policy` can only be one of hyper's own, and gets
//! [`super::headers::ALWAYS`] inserted after its status line. Writes are not vectored, so hyper hands each head over in
//! one buffer; every other byte passes through untouched.

use std::io;
use std::pin::Pin;
use std::task::{ready, Context, Poll};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// A stream whose library-made error answers get the security headers.
#[derive(Debug)]
pub(crate) struct SecuredErrors<S> {
    inner: S,
    /// A rewritten head still to be written, and how much of it is.
    pending: Vec<u8>,
    written: usize,
}

impl<S> SecuredErrors<S> {
    /// Wraps `inner`.
    pub(crate) fn new(inner: S) -> Self {
        SecuredErrors {
            inner,
            pending: Vec::new(),
            written: 0,
        }
    }
}

/// `bytes` with the headers added, when it is a head of hyper's own.
fn rewrite(bytes: &[u8]) -> Option<Vec<u8>> {
    if !bytes.starts_with(b"HTTP/1.1 4") && !bytes.starts_with(b"HTTP/1.0 4") {
        return None;
    }
    let head_end = bytes.windows(4).position(|w| w == b"\r\n\r\n")?;
    // hyper's own answers are a bare head (no body), written in one buffer.
    if head_end + 4 != bytes.len() {
        return None;
    }
    let head = bytes[..head_end].to_ascii_lowercase();
    if head.windows(23).any(|w| w == b"content-security-policy") {
        return None;
    }
    let line_end = bytes.windows(2).position(|w| w == b"\r\n")? + 2;
    let mut out = Vec::with_capacity(bytes.len() + 512);
    out.extend_from_slice(&bytes[..line_end]);
    for (name, value) in super::headers::ALWAYS {
        out.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
    }
    out.extend_from_slice(&bytes[line_end..]);
    Some(out)
}

impl<S: AsyncWrite + Unpin> SecuredErrors<S> {
    fn drain(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while self.written < self.pending.len() {
            let n =
                ready!(Pin::new(&mut self.inner).poll_write(cx, &self.pending[self.written..]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            self.written += n;
        }
        self.pending.clear();
        self.written = 0;
        Poll::Ready(Ok(()))
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for SecuredErrors<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for SecuredErrors<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = &mut *self;
        ready!(this.drain(cx))?;
        if let Some(rewritten) = rewrite(buf) {
            this.pending = rewritten;
            // Taken whole; written by this and the next polls.
            if let Poll::Ready(Err(error)) = this.drain(cx) {
                return Poll::Ready(Err(error));
            }
            return Poll::Ready(Ok(buf.len()));
        }
        Pin::new(&mut this.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.drain(cx))?;
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.drain(cx))?;
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    fn is_write_vectored(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::rewrite;

    #[test]
    fn only_heads_without_the_policy_are_rewritten() {
        let bare = b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-length: 0\r\n\r\n";
        let text = String::from_utf8(rewrite(bare).expect("rewritten")).expect("text");
        assert!(text.starts_with(
            "HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-security-policy: "
        ));
        assert!(text.contains("\r\nx-content-type-options: nosniff\r\n"));
        assert!(text.ends_with("content-length: 0\r\n\r\n"));
        let ours = b"HTTP/1.1 404 Not Found\r\nContent-Security-Policy: x\r\n\r\n{}";
        assert_eq!(rewrite(ours), None);
        assert_eq!(rewrite(b"HTTP/1.1 200 OK\r\n\r\n"), None);
        assert_eq!(rewrite(b"{\"error\": \"HTTP/1.1 4\"}"), None);
        // A head with a body is not hyper's.
        assert_eq!(rewrite(b"HTTP/1.1 400 Bad Request\r\n\r\nbody"), None);
    }
}

//! The parse floor: reads and parses every `*.json` file directly in DIR on
//! two threads, and prints how many failed to parse. Whatever `napcheck
//! validate` does beyond this is the cost of its checks.

use rayon::prelude::*;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("a readable directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .expect("a thread pool");
    let failed: usize = pool.install(|| {
        paths
            .par_iter()
            .map(|p| {
                let bytes = std::fs::read(p).expect("a readable file");
                usize::from(serde_json::from_slice::<serde_json::Value>(&bytes).is_err())
            })
            .sum()
    });
    println!("{} files read and parsed, {failed} not JSON", paths.len());
}

// Loads the widget; on start it mounts into #napcheck.
import init from './napcheck_web.js';
init({ module_or_path: 'napcheck_web_bg.wasm' });

//! The terminal front-end: rustyline reads lines on its own thread while the VM thread keeps
//! running frames, so async events fire while the prompt waits. Output that arrives while a prompt
//! is shown goes through rustyline's external printer so it does not garble the line.

use super::session::{complete, Reply, Session};
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{Editor, ExternalPrinter, Helper};
use std::io::Write;
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

type Printer = Arc<Mutex<Option<Box<dyn ExternalPrinter + Send>>>>;

struct GmlHelper {
    names: Arc<Mutex<Vec<String>>>,
}

impl Completer for GmlHelper {
    type Candidate = Pair;
    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &rustyline::Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let names = self.names.lock().map(|n| n.clone()).unwrap_or_default();
        let (start, found) = complete(&names, line, pos);
        Ok((
            start,
            found
                .into_iter()
                .map(|n| Pair {
                    display: n.clone(),
                    replacement: n,
                })
                .collect(),
        ))
    }
}
impl Hinter for GmlHelper {
    type Hint = String;
}
impl Highlighter for GmlHelper {}
impl Validator for GmlHelper {}
impl Helper for GmlHelper {}

/// Game output: straight to stdout, or through the external printer while a prompt is shown.
struct ReplOut {
    printer: Printer,
    reading: Arc<AtomicBool>,
    pending: Vec<u8>,
}

impl Write for ReplOut {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        // Everything up to the last newline goes out as one piece, so a message that holds
        // newlines is not split around prompt redraws.
        if let Some(nl) = self.pending.iter().rposition(|&b| b == b'\n') {
            let chunk: Vec<u8> = self.pending.drain(..=nl).collect();
            let text = String::from_utf8_lossy(&chunk).into_owned();
            emit(&self.printer, &self.reading, &text);
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn emit(printer: &Printer, reading: &AtomicBool, text: &str) {
    if reading.load(Ordering::SeqCst) {
        if let Ok(mut p) = printer.lock() {
            if let Some(p) = p.as_mut() {
                let _ = p.print(text.trim_end_matches('\n').to_string());
                return;
            }
        }
    }
    let mut out = std::io::stdout();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}

enum Input {
    Line(String),
    /// The line being typed held a byte that is not UTF-8 and was dropped.
    Invalid,
    Eof,
}

fn history_path() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("GML_HISTORY") {
        return Some(PathBuf::from(p));
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".gml_history"))
}

pub fn run(file: Option<PathBuf>) -> i32 {
    let printer: Printer = Arc::new(Mutex::new(None));
    let reading = Arc::new(AtomicBool::new(false));
    let make_out: Rc<dyn Fn() -> Box<dyn Write>> = {
        let printer = printer.clone();
        let reading = reading.clone();
        Rc::new(move || {
            Box::new(ReplOut {
                printer: printer.clone(),
                reading: reading.clone(),
                pending: Vec::new(),
            })
        })
    };
    let mut session = Session::new(make_out);
    let names = Arc::new(Mutex::new(session.completion_names()));

    // While code runs for an input the terminal is in cooked mode and Ctrl-C is SIGINT; while
    // the prompt is shown rustyline reads it as a key, and the reader thread interrupts a frame
    // that is running then (a Step event stuck in a loop).
    let interrupt = session.program.vm.interrupt.clone();
    let sig_interrupt = interrupt.clone();
    let _ = ctrlc::set_handler(move || sig_interrupt.store(true, Ordering::SeqCst));
    let in_frame = Arc::new(AtomicBool::new(false));

    let mut editor: Editor<GmlHelper, DefaultHistory> = match Editor::new() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("gml: cannot start the REPL: {e}");
            return 2;
        }
    };
    editor.set_helper(Some(GmlHelper {
        names: names.clone(),
    }));
    let history = history_path();
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    if let Ok(p) = editor.create_external_printer() {
        *printer.lock().expect("printer") = Some(Box::new(p));
    }

    println!(
        "gml {} (GameMaker Language). Type :help for commands, Ctrl-D to quit.",
        env!("CARGO_PKG_VERSION")
    );
    if let Some(f) = file {
        let reply = session.eval(&format!(":load {}", f.display()));
        show(&printer, &reading, reply);
        *names.lock().expect("names") = session.completion_names();
    }

    let (line_tx, line_rx) = mpsc::channel::<Input>();
    let (ready_tx, ready_rx) = mpsc::channel::<()>();
    let reader_reading = reading.clone();
    let reader_in_frame = in_frame.clone();
    let reader = std::thread::spawn(move || {
        while ready_rx.recv().is_ok() {
            let mut buf = String::new();
            let mut prompt = "gml> ";
            loop {
                reader_reading.store(true, Ordering::SeqCst);
                let line = editor.readline(prompt);
                reader_reading.store(false, Ordering::SeqCst);
                match line {
                    Ok(line) => {
                        buf.push_str(&line);
                        buf.push('\n');
                        if Session::is_incomplete(&buf) {
                            prompt = "...> ";
                            continue;
                        }
                        let _ = editor.add_history_entry(buf.trim_end());
                        if let Some(h) = &history {
                            let _ = editor.save_history(h);
                        }
                        let _ = line_tx.send(Input::Line(std::mem::take(&mut buf)));
                        break;
                    }
                    // Ctrl-C at the prompt cancels the line being typed.
                    Err(ReadlineError::Interrupted) => {
                        if reader_in_frame.load(Ordering::SeqCst) {
                            interrupt.store(true, Ordering::SeqCst);
                        }
                        buf.clear();
                        prompt = "gml> ";
                    }
                    // A byte that is not UTF-8 loses the line being typed, not the session.
                    Err(ReadlineError::Io(e)) if e.kind() == std::io::ErrorKind::InvalidData => {
                        let _ = line_tx.send(Input::Invalid);
                        buf.clear();
                        prompt = "gml> ";
                    }
                    Err(_) => {
                        let _ = line_tx.send(Input::Eof);
                        return;
                    }
                }
            }
        }
    });

    let _ = ready_tx.send(());
    loop {
        let period = Duration::from_secs_f64(1.0 / session.program.vm.game.speed.max(1.0));
        match line_rx.recv_timeout(period) {
            Ok(Input::Line(src)) => {
                let reply = session.eval(&src);
                if reply == Reply::Quit {
                    break;
                }
                show(&printer, &reading, reply);
                *names.lock().expect("names") = session.completion_names();
                if ready_tx.send(()).is_err() {
                    break;
                }
            }
            Ok(Input::Invalid) => emit(
                &printer,
                &reading,
                "invalid input: a byte that is not UTF-8 (the line was discarded)\n",
            ),
            Ok(Input::Eof) | Err(mpsc::RecvTimeoutError::Disconnected) => break,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                in_frame.store(true, Ordering::SeqCst);
                let r = session.idle_tick();
                in_frame.store(false, Ordering::SeqCst);
                if let Some(r) = r {
                    show(&printer, &reading, r);
                }
            }
        }
    }
    drop(ready_tx);
    let _ = reader.join();
    0
}

fn show(printer: &Printer, reading: &AtomicBool, reply: Reply) {
    match reply {
        Reply::Text(t) if !t.is_empty() => emit(printer, reading, &format!("{t}\n")),
        Reply::Error(e) => {
            let e = if e.ends_with('\n') {
                e
            } else {
                format!("{e}\n")
            };
            emit(printer, reading, &e)
        }
        _ => {}
    }
}

// readline.h uses FILE without including stdio.h, so stdio.h must come first.
#include <stdio.h>
#include <signal.h>
#include <poll.h>
#include <locale.h>
#include <sys/signalfd.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>

// The signals the REPL reads from its signalfd.
static inline sigset_t frontline_signal_mask(void) {
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGINT);
    sigaddset(&mask, SIGTERM);
    sigaddset(&mask, SIGHUP);
    sigaddset(&mask, SIGWINCH);
    return mask;
}

// Blocking these signals and reading them from a signalfd lets the REPL handle Ctrl-C,
// termination, hang-up and resizes inside its poll() loop: no async signal handlers.
static inline int frontline_signalfd(void) {
    sigset_t mask = frontline_signal_mask();
    if (sigprocmask(SIG_BLOCK, &mask, NULL) != 0) return -1;
    return signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);
}

// The signal number read from the signalfd, or 0 when none is pending.
static inline int frontline_read_signal(int fd) {
    struct signalfd_siginfo info;
    ssize_t n = read(fd, &info, sizeof info);
    return n == (ssize_t)sizeof info ? (int)info.ssi_signo : 0;
}

static inline void frontline_unblock_signals(void) {
    sigset_t mask = frontline_signal_mask();
    sigprocmask(SIG_UNBLOCK, &mask, NULL);
}

// Accessors for readline's globals, so Swift 6 code touches them through functions
// (Swift treats imported C globals as unsynchronised shared state).
static inline void frontline_rl_configure(const char *name, rl_completion_func_t *complete) {
    rl_readline_name = name;
    rl_catch_signals = 0;
    rl_catch_sigwinch = 0;
    rl_attempted_completion_function = complete;
}
static inline int frontline_rl_end(void) { return rl_end; }
static inline const char *frontline_rl_line_buffer(void) { return rl_line_buffer; }
static inline void frontline_rl_completion_over(void) { rl_attempted_completion_over = 1; }
static inline void frontline_rl_clear_line_for_interrupt(void) {
    rl_replace_line("", 0);
    rl_point = 0;
    rl_end = 0;
    fputs("^C", rl_outstream ? rl_outstream : stdout);
    rl_crlf();
    rl_on_new_line();
    rl_redisplay();
}
static inline void frontline_print_above(const char *text) {
    FILE *out = rl_outstream ? rl_outstream : stdout;
    rl_clear_visible_line();
    fputs(text, out);
    fputs("\n", out);
    fflush(out);
    rl_on_new_line();
    rl_redisplay();
}
// Takes the prompt and the half-typed line off the screen for good: the cursor is left at
// the start of the now empty line, and nothing is redrawn.
static inline void frontline_rl_clear_for_good(void) {
    FILE *out = rl_outstream ? rl_outstream : stdout;
    rl_replace_line("", 0);
    rl_point = 0;
    rl_end = 0;
    rl_clear_visible_line();
    fflush(out);
}
static inline void frontline_flush_stdout(void) { fflush(stdout); }

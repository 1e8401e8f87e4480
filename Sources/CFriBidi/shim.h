// GNU FriBidi (libfribidi-dev): the Unicode Bidirectional Algorithm, for terminals that
// show characters in the order they receive them (tmux, xterm, most Linux terminals).
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <fribidi/fribidi.h>

// 1 for a strong left-to-right character, 2 for a strong right-to-left one (Hebrew, Arabic,
// Persian letters), 0 for everything else (digits, punctuation, spaces, marks).
static inline int frontline_bidi_strength(uint32_t c) {
    FriBidiCharType type = fribidi_get_bidi_type(c);
    if (type == FRIBIDI_TYPE_LTR) return 1;
    if (type == FRIBIDI_TYPE_RTL || type == FRIBIDI_TYPE_AL) return 2;
    return 0;
}

// One line in logical order → the same characters in visual (left-to-right screen) order.
// `rtl`: the paragraph direction (0 left-to-right, 1 right-to-left; already decided by the
// caller). Fills `visual` (mirrored where rule L4 says, and curly quotes turned round on
// right-to-left levels so they still open and close around their text) and
// `visual_to_logical`. Returns 0, or -1 when FriBidi fails (out of memory).
static inline int frontline_bidi_visual(const uint32_t *logical, int length, int rtl,
                                        uint32_t *visual, int *visual_to_logical) {
    if (length <= 0) return 0;
    FriBidiCharType *types = malloc(sizeof *types * (size_t)length);
    FriBidiBracketType *brackets = malloc(sizeof *brackets * (size_t)length);
    FriBidiLevel *levels = malloc(sizeof *levels * (size_t)length);
    int result = -1;
    if (types && brackets && levels) {
        FriBidiParType base = rtl ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
        fribidi_get_bidi_types(logical, length, types);
        fribidi_get_bracket_types(logical, length, types, brackets);
        if (fribidi_get_par_embedding_levels_ex(types, brackets, length, &base, levels) != 0) {
            memcpy(visual, logical, sizeof *visual * (size_t)length);
            fribidi_shape_mirroring(levels, length, visual);
            for (int i = 0; i < length; i++) {
                visual_to_logical[i] = i;
                if (!(levels[i] & 1)) continue;
                switch (visual[i]) {
                case 0x201C: visual[i] = 0x201D; break;
                case 0x201D: visual[i] = 0x201C; break;
                case 0x2018: visual[i] = 0x2019; break;
                case 0x2019: visual[i] = 0x2018; break;
                }
            }
            if (fribidi_reorder_line(FRIBIDI_FLAG_REORDER_NSM, types, length, 0, base, levels,
                                     visual, visual_to_logical) != 0) result = 0;
        }
    }
    free(types);
    free(brackets);
    free(levels);
    return result;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The generated colour tables (src/colormaptables.cpp, from tools/generate_colormaps.py).
namespace Estran::Render::Tables {

struct Entry {
    const char* name;
    const unsigned char (*rgb)[3];  ///< 256 entries
    bool diverging;
};

extern const Entry kEntries[];
extern const int kEntryCount;

}  // namespace Estran::Render::Tables

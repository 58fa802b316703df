#pragma once

#include <QString>

// A CBS-style workbook (contents sheet, imports by product x country with title, unit line
// and footnotes, exports, industries, world HHI) of a given size, for the benchmark and tests.
struct CbsWorkbookGenerator {
    int rows = 200000;
    int year = 2020;

    QString write(const QString &path, QString *error) const; // the path, or empty with *error
};

#pragma once

#include <QCoreApplication>
#include <QString>

namespace herkomst::io {

// A problem in an input file, positioned so a policy officer can find it in Excel or an editor.
// row/column are 1-based; 0 means "not applicable".
struct SourceError {
    Q_DECLARE_TR_FUNCTIONS(SourceError)

public:
    QString file;
    qint64 row = 0;
    int column = 0;
    QString message;

    bool isNull() const { return message.isEmpty(); }
    // "invoer.csv, regel 12, kolom 4: <message>"; parts that are unknown are left out.
    QString toString() const;
};

} // namespace herkomst::io

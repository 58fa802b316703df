#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <deque>
#include <vector>

// Writes small .xlsx files for the import tests by hand (libarchive), so each writer style the
// importer meets can be reproduced exactly: shared strings (Excel, libxlsxwriter), inline
// strings (openpyxl, pandas), and hostile files (zip bombs, entity expansion).
class XlsxFixture {
public:
    enum class Strings { Shared, Inline };
    using Row = std::vector<QVariant>; // QString -> text, double/int -> number, invalid -> empty

    struct Sheet {
        QString name;
        std::vector<Row> rows;
        QByteArray rawXml; // when set, written as the sheet's XML instead of rows
    };

    explicit XlsxFixture(Strings strings = Strings::Shared) : mStrings(strings) {}
    Sheet &addSheet(const QString &name);
    // Extra entry written as is (e.g. a bomb); replaces a generated one with the same name.
    void addRawEntry(const QString &name, const QByteArray &data);
    bool write(const QString &path, QString *error = nullptr) const;

    static QString columnLetters(int column); // 1 -> A

private:
    Strings mStrings;
    std::deque<Sheet> mSheets; // deque: references from addSheet() stay valid
    std::vector<std::pair<QString, QByteArray>> mRaw;
};

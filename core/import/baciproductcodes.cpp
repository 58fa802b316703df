#include "import/baciproductcodes.h"

#include "import/importtext.h"

#include "io/csvreader.h"
#include "io/inputfile.h"

#include <QCoreApplication>
#include <QFile>

namespace herkomst {

bool BaciProductCodes::load(const QString &path, io::SourceError *error)
{
    mPath = path;
    mDescriptions.clear();
    const std::unique_ptr<QIODevice> file = io::InputFile::open(path, error);
    if (!file)
        return false;
    io::CsvReader::Options options;
    options.delimiter = ',';
    options.fileName = path;
    io::CsvReader reader(file.get(), options);
    QStringList fields;
    bool header = true;
    while (reader.readRow(fields)) {
        bool ok = false;
        const int code = fields.value(0).trimmed().toInt(&ok);
        if (header) {
            header = false;
            if (!ok)
                continue; // "code","description"
        }
        if (!ok || code <= 0 || code > 999999) {
            if (fields.size() == 1 && fields[0].trimmed().isEmpty())
                continue;
            *error = {path, reader.recordNumber(), 1,
                      ImportText::tr("productcode van 6 cijfers verwacht, gevonden \"%1\"").arg(fields.value(0))};
            return false;
        }
        mDescriptions.insert(code, fields.value(1).trimmed());
    }
    if (reader.status() == io::CsvReader::Status::Error) {
        *error = reader.error();
        return false;
    }
    return true;
}

} // namespace herkomst

#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

namespace herkomst {

// QXmlStreamWriter for the office formats, whose element and attribute names are ASCII
// constants ("w:p", "text:h"): names are given as Latin-1 literals, values as text.
class XmlOut {
public:
    XmlOut();
    void start(const char *name);
    void end();
    void attr(const char *name, const QString &value);
    void attr(const char *name, const char *value);
    void attr(const char *name, qint64 value);
    void text(const QString &text);
    // <name attr="value"/> in one call, for the many one-attribute elements of WordprocessingML.
    void leaf(const char *name, const char *attribute = nullptr, const QString &value = QString());
    QByteArray finish();

private:
    QByteArray mBytes;
    QXmlStreamWriter mWriter;
};

} // namespace herkomst

#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>
#include <initializer_list>

namespace herkomst {

// One attribute of an element written in one call: a name and text, an ASCII C string or a number.
struct XmlAttribute {
    XmlAttribute(const char *attributeName, const QString &text) : name(attributeName), value(text) {}
    XmlAttribute(const char *attributeName, const char *text) : name(attributeName), value(QLatin1String(text)) {}
    XmlAttribute(const char *attributeName, qint64 number) : name(attributeName), value(QString::number(number)) {}
    const char *name;
    QString value;
};

// QXmlStreamWriter for the office formats, whose element and attribute names are ASCII
// constants ("w:p", "text:h"): names are given as Latin-1 literals, values as text (a C-string
// value must be ASCII too; anything else is a QString).
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
    // <name a="1" b="2"/>: the many elements that are only attributes.
    void leaf(const char *name, std::initializer_list<XmlAttribute> attributes);
    QByteArray finish();

private:
    QByteArray mBytes;
    QXmlStreamWriter mWriter;
};

} // namespace herkomst

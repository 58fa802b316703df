#include "io/dutchnumber.h"

#include <QTest>

using herkomst::io::DutchNumber;
using Status = DutchNumber::Status;
using Hint = DutchNumber::DecimalHint;

Q_DECLARE_METATYPE(DutchNumber::Status)
Q_DECLARE_METATYPE(DutchNumber::DecimalHint)

class TestDutchNumber : public QObject {
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Hint>("hint");
        QTest::addColumn<Status>("status");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("provisional");

        auto row = [](const char *name, const QString &t, Hint h, Status s, double v = 0, bool p = false) {
            QTest::newRow(name) << t << h << s << v << p;
        };
        const auto A = Hint::Auto, C = Hint::Comma, P = Hint::Point;

        row("integer", "1234", A, Status::Value, 1234);
        row("decimal comma", "1,5", A, Status::Value, 1.5);
        row("decimal point", "1.5", A, Status::Value, 1.5);
        row("negative comma", "-12,75", C, Status::Value, -12.75);
        row("unicode minus", "\u22123,5", A, Status::Value, -3.5);
        row("plus sign", "+7", A, Status::Value, 7);
        row("padded", "   42  ", A, Status::Value, 42);
        row("nbsp padded", "\u00A042\u00A0", A, Status::Value, 42);
        row("dot thousands comma decimal", "1.234.567,89", A, Status::Value, 1234567.89);
        row("comma thousands point decimal", "1,234,567.89", A, Status::Value, 1234567.89);
        row("space thousands", "1 234 567", A, Status::Value, 1234567);
        row("nbsp thousands comma decimal", "12\u00A0345,6", C, Status::Value, 12345.6);
        row("narrow nbsp thousands", "12\u202F345", A, Status::Value, 12345);
        row("leading comma", ",5", A, Status::Value, 0.5);
        row("exponent", "1.5E-3", A, Status::Value, 0.0015);
        row("exponent comma", "2,5e3", A, Status::Value, 2500);

        // The documented ambiguity rule.
        row("1.234 auto", "1.234", A, Status::Value, 1.234);
        row("1.234 comma hint", "1.234", C, Status::Value, 1234);
        row("1.234 point hint", "1.234", P, Status::Value, 1.234);
        row("1,234 auto", "1,234", A, Status::Value, 1.234);
        row("1,234 comma hint", "1,234", C, Status::Value, 1.234);
        row("1,234 point hint", "1,234", P, Status::Value, 1234);
        row("1.25 comma hint is bad grouping", "1.25", C, Status::Invalid);
        row("1,25 point hint is bad grouping", "1,25", P, Status::Invalid);
        row("multiple dots group", "1.234.567", P, Status::Value, 1234567);
        row("multiple commas group", "1,234,567", C, Status::Value, 1234567);

        // CBS symbols.
        row("empty", "", A, Status::Empty);
        row("spaces only", "   ", A, Status::Empty);
        row("unknown", ".", A, Status::Unknown);
        row("unknown padded", " . ", C, Status::Unknown);
        row("secret", "x", A, Status::Secret);
        row("secret upper", "X", A, Status::Secret);
        row("nil", "-", A, Status::Nil, 0);
        row("nil en dash", "\u2013", A, Status::Nil, 0);
        row("eurostat unknown", ":", A, Status::Unknown);
        row("provisional", "1.234*", C, Status::Value, 1234, true);
        row("provisional spaced", "12,5 *", C, Status::Value, 12.5, true);
        row("revised provisional", "7**", A, Status::Value, 7, true);
        row("provisional secret", "x*", A, Status::Secret, 0, true);
        row("star alone", "*", A, Status::Invalid, 0, true);

        // Garbage stays Invalid rather than becoming a silent number.
        row("text", "Duitsland", A, Status::Invalid);
        row("trailing separator", "5.", A, Status::Invalid);
        row("double decimal mixed", "1,2.3", A, Status::Invalid);
        row("two decimals", "1.234,5,6", A, Status::Invalid);
        row("bad group size", "1.23.456", A, Status::Invalid);
        row("first group too long", "1234.567.890", A, Status::Invalid);
        row("mixed grouping", "1 234.567,8", A, Status::Invalid);
        row("letters inside", "12a4", A, Status::Invalid);
        row("minus only", "--", A, Status::Invalid);
        row("sign only", "+", A, Status::Invalid);
        row("exponent missing digits", "1e", A, Status::Invalid);
        row("percent", "5%", A, Status::Invalid);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(Hint, hint);
        QFETCH(Status, status);
        QFETCH(double, value);
        QFETCH(bool, provisional);
        const auto r = DutchNumber::parse(text, hint);
        QCOMPARE(r.status, status);
        QCOMPARE(r.provisional, provisional);
        if (status == Status::Value)
            QCOMPARE(r.value, value);
        else
            QCOMPARE(r.value, 0.0);
    }

    void hasValue()
    {
        QVERIFY(DutchNumber::parse(u"-").hasValue());
        QVERIFY(DutchNumber::parse(u"3").hasValue());
        QVERIFY(!DutchNumber::parse(u"x").hasValue());
        QVERIFY(!DutchNumber::parse(u".").hasValue());
        QVERIFY(!DutchNumber::parse(u"").hasValue());
    }

    void parseAscii_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<Status>("status");
        QTest::addColumn<double>("value");
        QTest::newRow("baci value") << QByteArray("0.198") << Status::Value << 0.198;
        QTest::newRow("baci padded q") << QByteArray("        0.001") << Status::Value << 0.001;
        QTest::newRow("trailing cr") << QByteArray("12\r") << Status::Value << 12.0;
        QTest::newRow("NA") << QByteArray("NA") << Status::Unknown << 0.0;
        QTest::newRow("padded NA") << QByteArray("          NA") << Status::Unknown << 0.0;
        QTest::newRow("empty") << QByteArray("") << Status::Empty << 0.0;
        QTest::newRow("blank") << QByteArray("   ") << Status::Empty << 0.0;
        QTest::newRow("negative exp") << QByteArray("-1.5e-2") << Status::Value << -0.015;
        QTest::newRow("plus") << QByteArray("+3") << Status::Value << 3.0;
        QTest::newRow("comma rejected") << QByteArray("1,5") << Status::Invalid << 0.0;
        QTest::newRow("text") << QByteArray("abc") << Status::Invalid << 0.0;
        QTest::newRow("inner space") << QByteArray("1 2") << Status::Invalid << 0.0;
    }

    void parseAscii()
    {
        QFETCH(QByteArray, text);
        QFETCH(Status, status);
        QFETCH(double, value);
        const auto r = DutchNumber::parseAscii(text);
        QCOMPARE(r.status, status);
        QCOMPARE(r.value, value);
    }
};

QTEST_GUILESS_MAIN(TestDutchNumber)
#include "test_dutchnumber.moc"

#include "io/textdecoding.h"

#include <QTest>

using herkomst::io::TextDecoding;
using Enc = TextDecoding::Encoding;

class TestTextDecoding : public QObject {
    Q_OBJECT

private slots:
    void utf8WithBom()
    {
        const QByteArray bytes("\xEF\xBB\xBF"
                               "Cura\xC3\xA7"
                               "ao");
        const auto d = TextDecoding::detect(bytes);
        QCOMPARE(d.encoding, Enc::Utf8);
        QCOMPARE(d.bomLength, 3);
        QCOMPARE(TextDecoding::decode(bytes), QStringLiteral("Curaçao"));
    }

    void utf8WithoutBom()
    {
        const QByteArray bytes("Belgi\xC3\xAB;Cura\xC3\xA7"
                               "ao");
        const auto d = TextDecoding::detect(bytes);
        QCOMPARE(d.encoding, Enc::Utf8);
        QCOMPARE(d.bomLength, 0);
        QCOMPARE(TextDecoding::decode(bytes), QStringLiteral("België;Curaçao"));
    }

    void pureAsciiIsUtf8()
    {
        QCOMPARE(TextDecoding::detect("t,i,j,k,v,q\n").encoding, Enc::Utf8);
        QCOMPARE(TextDecoding::detect(QByteArray()).encoding, Enc::Utf8);
    }

    void utf16Boms()
    {
        const QString text = QStringLiteral("Land\tRéunion");
        QByteArray le("\xFF\xFE", 2), be("\xFE\xFF", 2);
        for (QChar c : text) {
            le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        QCOMPARE(TextDecoding::detect(le).encoding, Enc::Utf16LE);
        QCOMPARE(TextDecoding::detect(le).bomLength, 2);
        QCOMPARE(TextDecoding::detect(be).encoding, Enc::Utf16BE);
        QCOMPARE(TextDecoding::decode(le), text);
        QCOMPARE(TextDecoding::decode(be), text);
    }

    void windows1252SingleBytes()
    {
        const QByteArray bytes("Belgi\xEB;R\xE9union;\x80 5;\x93"
                               "a\x94;\x8A;\x9F");
        QCOMPARE(TextDecoding::detect(bytes).encoding, Enc::Windows1252);
        QCOMPARE(TextDecoding::decode(bytes), QStringLiteral("België;Réunion;€ 5;\u201Ca\u201D;Š;Ÿ"));
    }

    void windows1252UndefinedBytesDoNotFail()
    {
        const QString s = TextDecoding::fromWindows1252(QByteArray("\x81\x8D\x8F\x90\x9D"));
        QCOMPARE(s.size(), 5);
        QCOMPARE(s.at(0).unicode(), char16_t(0x81));
        QCOMPARE(s.at(4).unicode(), char16_t(0x9D));
    }

    void windows1252WholeHighRange()
    {
        // Latin-1 part must be identity: 0xA0..0xFF.
        QByteArray bytes;
        for (int b = 0xA0; b <= 0xFF; ++b)
            bytes.append(char(b));
        const QString s = TextDecoding::fromWindows1252(bytes);
        for (int i = 0; i < s.size(); ++i)
            QCOMPARE(int(s.at(i).unicode()), 0xA0 + i);
    }

    void truncatedTailInSample()
    {
        const QByteArray cut("abc \xC3");
        QCOMPARE(TextDecoding::detect(cut, false).encoding, Enc::Utf8);
        QCOMPARE(TextDecoding::detect(cut, true).encoding, Enc::Windows1252);
        QVERIFY(!TextDecoding::isValidUtf8(QByteArray("\xE2\x82"), false));
        QVERIFY(TextDecoding::isValidUtf8(QByteArray("\xE2\x82"), true));
    }

    void strictUtf8Validation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("hello") << true;
        QTest::newRow("2-byte") << QByteArray("\xC3\xA9") << true;
        QTest::newRow("3-byte euro") << QByteArray("\xE2\x82\xAC") << true;
        QTest::newRow("4-byte emoji") << QByteArray("\xF0\x9F\x98\x80") << true;
        QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << false;
        QTest::newRow("overlong 3") << QByteArray("\xE0\x80\xAF") << false;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
        QTest::newRow("above max") << QByteArray("\xF4\x90\x80\x80") << false;
        QTest::newRow("lone continuation") << QByteArray("a\x80z") << false;
        QTest::newRow("bad continuation") << QByteArray("\xC3(") << false;
        QTest::newRow("F5") << QByteArray("\xF5\x80\x80\x80") << false;
        // Long runs exercise the 8-byte ASCII stride around the bad byte.
        QTest::newRow("long ascii then latin1")
            << QByteArray(37, 'a') + QByteArray("\xE9") + QByteArray(20, 'b') << false;
        QTest::newRow("long ascii then utf8")
            << QByteArray(37, 'a') + QByteArray("\xC3\xA9") + QByteArray(20, 'b') << true;
    }

    void strictUtf8Validation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(TextDecoding::isValidUtf8(bytes), valid);
    }

    void isAscii()
    {
        QVERIFY(TextDecoding::isAscii(QByteArray(100, 'x')));
        for (int pos : {0, 7, 8, 15, 63, 99}) {
            QByteArray b(100, 'x');
            b[pos] = char(0xE9);
            QVERIFY2(!TextDecoding::isAscii(b), qPrintable(QString::number(pos)));
        }
    }

    void names()
    {
        QCOMPARE(TextDecoding::name(Enc::Windows1252), QStringLiteral("Windows-1252"));
        QCOMPARE(TextDecoding::name(Enc::Utf8), QStringLiteral("UTF-8"));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "test_textdecoding.moc"

#pragma once

#include "domain/partnercomparison.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;
class QPushButton;

namespace herkomst::ui {

class AnalysisDocument;
class Table1Chart;

// The view "Diensten en goederen" (a tab beside Figure 1 and 2): Table 1 of the letter, the
// largest partners for services and for goods imports as two rankings side by side and as one
// figure (Table1Chart). The source is the letter's table ("Kamerbrief 2021") or the data the
// window shows, whose goods imports are summed per partner (importsByPartner). Partners outside
// the EU carry "*", partners in one list only "†", CBS residual groups are italic under their
// printed names. The figure and the table export from here with their caption.
class Table1View : public QWidget {
    Q_OBJECT
public:
    explicit Table1View(AnalysisDocument *document, QWidget *parent = nullptr);

    enum class Source { Letter = 0, CurrentData = 1 };
    void setSource(Source source);
    Source source() const;
    void setTop(int top);
    // The services data set of the document's store whose values fill the services column when
    // the source is the shown data; 0 for none. False when the store holds no such data set.
    bool setServicesDataSet(qint64 id);

    // The view as it is for the document now: behind another tab it catches up first.
    const herkomst::PartnerComparison &comparison() const;
    // The comparison shown, when it has goods and is of this reporter and year, else null: the
    // annex of an analysis of the Netherlands in 2020 carries the letter's table, not another's.
    const herkomst::PartnerComparison *comparisonOf(const QString &reporter, int year) const;
    Table1Chart *chart() const;
    QTableWidget *servicesTable() const;
    QTableWidget *goodsTable() const;

    // Export of the figure (png, svg, pdf) and the table (xlsx, csv, docx) with a save dialog.
    void exportFigure();
    void exportTable();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    // A save dialog for the first of formats (the others offered too) in the last export folder.
    QString askExportPath(const QString &title, const QStringList &formats);
    void refresh();
    void fillRanking(QTableWidget *table, const std::vector<herkomst::RankedPartner> &list, bool services);
    herkomst::PartnerComparison currentDataComparison(QString *servicesError) const;
    void fillServicesSources();

    AnalysisDocument *mDocument;
    QComboBox *mSource = nullptr;
    QComboBox *mServicesSource = nullptr; // "none", then the store's services data sets (by id)
    QLabel *mServicesLabel = nullptr;
    QSpinBox *mTop = nullptr;
    QLabel *mSourceLabel = nullptr;
    QLabel *mTopLabel = nullptr;
    QLabel *mNote = nullptr;
    QPushButton *mExportFigure = nullptr;
    QPushButton *mExportTable = nullptr;
    QLabel *mServicesTitle = nullptr;
    QLabel *mGoodsTitle = nullptr;
    QTableWidget *mServices = nullptr;
    QTableWidget *mGoods = nullptr;
    Table1Chart *mChart = nullptr;
    herkomst::PartnerComparison mShown;
    // Other statistics arrived while another tab was shown: the sums over all trade wait for a look.
    bool mBehind = false;
    void catchUp() const;
    int mGeneration = -1; // the document's statistics the goods column was computed from
    herkomst::PartnerComparison mDataComparison;
    QString mServicesError; // why the chosen services could not be shown
    QString mServicesStore; // the store whose services data sets were listed last, and their ids
    QSet<qint64> mServicesSeen;
};

} // namespace herkomst::ui

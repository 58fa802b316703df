#pragma once

#include <QJsonObject>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;

namespace herkomst {
class SensitivityModel;
struct Criterion;
} // namespace herkomst

namespace herkomst::ui {

class AnalysisDocument;
class SensitivityCurvesChart;
class SensitivityMapChart;

// The view "Gevoeligheid" beside Figure 1 and 2 (issue 15): how the products after the last step
// depend on each threshold (SensitivityCurvesChart) and on two thresholds together
// (SensitivityMapChart, whose cell click sets both as one undo step). It keeps one
// SensitivityModel per statistics, criteria list and industries, and queries it at every threshold
// change (docs/design.md §9); while hidden it only notes that it is behind.
class SensitivityView : public QWidget {
    Q_OBJECT
public:
    explicit SensitivityView(AnalysisDocument *document, QWidget *parent = nullptr);
    ~SensitivityView() override;

    SensitivityCurvesChart *curvesChart() const { return mCurves; }
    SensitivityMapChart *mapChart() const { return mMap; }
    // The criteria (indices into the analysis's list) the map varies; -1 when it has none.
    int mapFirstCriterion() const;
    int mapSecondCriterion() const;
    // Set before the view has shown the analysis, they apply once its choices are there.
    void setMapCriteria(int first, int second);
    // What the window saves with an analysis (MainWindow::viewState): the map's two criteria.
    Q_INVOKABLE QJsonObject viewState() const;
    Q_INVOKABLE void restoreViewState(const QJsonObject &state);
    // Brings the charts up to the document now, visible or not (exports and tests).
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onAnalysisChanged();
    void fillCriterionChoices();
    void updateCharts();
    void applyMapCell(int firstStep, int secondStep);
    void retranslate();

    AnalysisDocument *mDocument;
    SensitivityCurvesChart *mCurves;
    SensitivityMapChart *mMap;
    QComboBox *mFirst;
    QComboBox *mSecond;
    QLabel *mMapLabel;
    QLabel *mVersusLabel;
    std::unique_ptr<SensitivityModel> mModel;
    // What the model was built for: statistics, criteria without thresholds, industries.
    int mModelGeneration = -1;
    std::vector<Criterion> mModelCriteria;
    QStringList mModelIndustries;
    std::pair<int, int> mRestoredMap{-1, -1}; // a saved pair waiting for its choices
    bool mBehind = true;                      // the document changed while the view was hidden
};

} // namespace herkomst::ui

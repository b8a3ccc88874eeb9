// The maturity evidence: figures computed from the CRM's own data (contacts, follow-ups, consents,
// customer records), each checked against its indicator's threshold in Criteria.cpp.
#pragma once

#include "maturity/Criteria.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <atomic>

namespace relatio::maturity {

enum class State { Met, NotMet, NotMeasured };

struct EvidenceValue
{
    QString code;            // an indicator code
    bool measured = false;   // false: the data holds nothing to compute it from yet
    double value = 0;        // in the indicator's unit
    qint64 count = 0;        // what the value counts …
    qint64 basis = 0;        // … out of how many (for NPS: promoters − detractors of answers)
    QString basisText;       // translated: "412 of 500 customers"; why not measured

    State state() const;
};

struct Evidence
{
    QDate asOf;                      // the 12-month window ends on this day (included)
    QList<EvidenceValue> values;     // in the order of Maturity::indicators()

    const EvidenceValue *value(const QString &code) const;
};

class EvidenceQuery
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceQuery)

public:
    // Computes every indicator on the calling thread's connection; contacts and follow-ups count
    // in the 12 months up to asOf. Scans the contacts of that window once: run it off the GUI
    // thread on a large store. Cancelled: Error::Code::Cancelled.
    static Result<Evidence> measure(const DatabasePtr &db, const QDate &asOf,
                                    const std::atomic_bool *cancelled = nullptr);
};

} // namespace relatio::maturity

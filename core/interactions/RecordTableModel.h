// A table model over records held in one order and kept up to date record by record: a change
// becomes a move, an insert, a removal or dataChanged, never a reset, so views keep their
// selection and scroll position. Records have an id.
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace relatio {

template<typename Record>
class RecordTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }

    const Record &recordAt(int row) const { return m_records.at(row); }
    qint64 idAt(int row) const { return row >= 0 && row < m_records.size() ? m_records.at(row).id : 0; }
    int rowOf(qint64 id) const
    {
        for (qsizetype i = 0; i < m_records.size(); ++i)
            if (m_records.at(i).id == id)
                return int(i);
        return -1;
    }
    const QList<Record> &records() const { return m_records; }

protected:
    // The order of the rows: true when a comes before b.
    virtual bool comesBefore(const Record &a, const Record &b) const = 0;
    // False for a record that falls beyond the rows read so far (a later page brings it).
    virtual bool isWithinLoaded(const Record &) const { return true; }

    void resetRecords(QList<Record> records)
    {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }

    void appendRecords(const QList<Record> &records)
    {
        if (records.isEmpty())
            return;
        beginInsertRows({}, int(m_records.size()), int(m_records.size() + records.size() - 1));
        m_records.append(records);
        endInsertRows();
    }

    // Puts the current state of one record in its place; nullopt (gone, or no longer shown)
    // removes its row.
    void placeRecord(qint64 id, std::optional<Record> fresh)
    {
        if (fresh && !isWithinLoaded(*fresh))
            fresh.reset();
        const int old = rowOf(id);
        if (!fresh) {
            if (old >= 0) {
                beginRemoveRows({}, old, old);
                m_records.removeAt(old);
                endRemoveRows();
            }
            return;
        }
        // Its row among the others (the list is in order, so counting those before it will do).
        int target = 0;
        for (qsizetype i = 0; i < m_records.size(); ++i)
            if (i != old && comesBefore(m_records.at(i), *fresh))
                ++target;
        if (old < 0) {
            beginInsertRows({}, target, target);
            m_records.insert(target, *fresh);
            endInsertRows();
            return;
        }
        if (target != old) {
            // In the rows as they are before the move, it goes before destination.
            beginMoveRows({}, old, old, {}, target > old ? target + 1 : target);
            m_records.move(old, target);
            m_records[target] = *fresh;
            endMoveRows();
        } else {
            m_records[target] = *fresh;
        }
        emit dataChanged(index(target, 0), index(target, columnCount() - 1));
    }

    QList<Record> m_records;
};

} // namespace relatio

// The keys an import has written (uuids, external ids, e-mail addresses, organisation names), by
// hash, for matching later rows of the same file against them.
#pragma once

#include <QHashFunctions>
#include <QStringView>
#include <QtGlobal>

#include <cstddef>
#include <vector>

namespace relatio::csv {

// Keys seen in this import (uuids, external ids, e-mail addresses) by a 64-bit hash, pointing at
// the row they were written as. Rows of one import get ids above the table's largest id before it,
// so a slot holds the key and a 32-bit offset from there: twelve bytes, 24 MB for a million keys.
// A dry run writes nothing and numbers its rows downwards from -1 instead. A hit on a written row
// is checked against the row itself, so a hash collision cannot merge two records.
class KeyMap
{
public:
    explicit KeyMap(qint64 base)
        : m_base(base)
    {
    }

    static quint64 keyOf(QStringView text)
    {
        const quint64 h = quint64(qHash(text, 0x9e3779b97f4a7c15ULL));
        return h ? h : 1;
    }

    qint64 find(quint64 key) const
    {
        if (m_slots.empty())
            return 0;
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = std::size_t(key) & mask;; i = (i + 1) & mask) {
            if (m_slots[i].key == key)
                return toId(m_slots[i].offset);
            if (m_slots[i].key == 0)
                return 0;
        }
    }

    void insert(quint64 key, qint64 id)
    {
        if ((m_count + 1) * 4 > m_slots.size() * 3)
            grow();
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = std::size_t(key) & mask;; i = (i + 1) & mask) {
            if (m_slots[i].key == key)
                return; // the first row with this key stays its owner
            if (m_slots[i].key == 0) {
                m_slots[i] = Slot{key, toOffset(id)};
                ++m_count;
                return;
            }
        }
    }

    void release()
    {
        std::vector<Slot>().swap(m_slots);
        m_count = 0;
    }

private:
#pragma pack(push, 4)
    struct Slot
    {
        quint64 key;
        qint32 offset; // id - base for written rows (1…), or the dry run's negative id
    };
#pragma pack(pop)
    static_assert(sizeof(Slot) == 12);

    qint32 toOffset(qint64 id) const { return id < 0 ? qint32(id) : qint32(id - m_base); }
    qint64 toId(qint32 offset) const { return offset < 0 ? qint64(offset) : m_base + offset; }

    void grow()
    {
        std::vector<Slot> old;
        old.swap(m_slots);
        m_slots.assign(old.empty() ? 4096 : old.size() * 2, Slot{0, 0});
        m_count = 0;
        const std::size_t mask = m_slots.size() - 1;
        for (const Slot &slot : old) {
            if (!slot.key)
                continue;
            std::size_t i = std::size_t(slot.key) & mask;
            while (m_slots[i].key)
                i = (i + 1) & mask;
            m_slots[i] = slot;
            ++m_count;
        }
    }

    qint64 m_base;
    std::vector<Slot> m_slots;
    std::size_t m_count = 0;
};

} // namespace relatio::csv

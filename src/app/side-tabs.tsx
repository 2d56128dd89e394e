/** The side column: one tab per feature, the open tab kept in the view state (so a scene can open it). */
import { lazy, Suspense, type ComponentType } from 'react';
import { useAppStore } from '../store/app-store';
import { useT } from '../i18n/use-t';
import { setSideTab } from '../store/view-updaters';
import type { SideTab } from '../model/view/view-state';
import type { MessageKey } from '../i18n/messages';
import { CountyTab } from './feature-slots';

const CompareTab = lazy(() => import('./tabs/compare-tab'));
const RankingTab = lazy(() => import('./tabs/ranking-tab'));
const PartnershipTab = lazy(() => import('./tabs/partnership-tab'));
const MatchTab = lazy(() => import('./tabs/match-tab'));
const MonitorTab = lazy(() => import('./tabs/monitor-tab'));
const DataTab = lazy(() => import('./tabs/data-tab'));
const FundsTab = lazy(() => import('./tabs/funds-tab'));
const RisksTab = lazy(() => import('./tabs/risks-tab'));
const StoryTab = lazy(() => import('./tabs/story-tab'));

/**
 * Two rows by design, one per kind of work: reading the map (county, comparison, ranking, partnerships, data) and
 * acting on it (matching, monitoring, funds, risks, briefings). Ten tabs do not fit one row of a side column, and a
 * row that wraps wherever the width runs out would move tabs between rows with the language.
 */
type TabGroup = 'read' | 'act';

const TABS: { id: SideTab; label: MessageKey; Panel: ComponentType; group: TabGroup }[] = [
  { id: 'county', label: 'tab.county', Panel: CountyTab, group: 'read' },
  { id: 'compare', label: 'tab.compare', Panel: CompareTab, group: 'read' },
  { id: 'ranking', label: 'tab.ranking', Panel: RankingTab, group: 'read' },
  { id: 'partnership', label: 'tab.partnership', Panel: PartnershipTab, group: 'read' },
  { id: 'data', label: 'tab.data', Panel: DataTab, group: 'read' },
  { id: 'match', label: 'tab.match', Panel: MatchTab, group: 'act' },
  { id: 'monitor', label: 'tab.monitor', Panel: MonitorTab, group: 'act' },
  { id: 'funds', label: 'tab.funds', Panel: FundsTab, group: 'act' },
  { id: 'risks', label: 'tab.risks', Panel: RisksTab, group: 'act' },
  { id: 'story', label: 'tab.story', Panel: StoryTab, group: 'act' },
];

const GROUPS: TabGroup[] = ['read', 'act'];

/** The tab bar and the open tab's panel. */
export function SideTabs() {
  const t = useT();
  const open = useAppStore((s) => s.view.sideTab);
  const apply = useAppStore((s) => s.viewActions.apply);
  const active = TABS.find((tab) => tab.id === open) ?? TABS[0]!;
  return (
    <div className="side-tabs">
      <div className="side-tabs__bar" role="tablist" aria-label={t('tab.label')}>
        {GROUPS.map((group) => (
          <div key={group} className="side-tabs__group" role="presentation" data-group={group}>
            {TABS.filter((tab) => tab.group === group).map((tab) => (
              <button
                key={tab.id}
                type="button"
                role="tab"
                id={`side-tab-${tab.id}`}
                aria-selected={tab.id === active.id}
                aria-controls="side-tab-panel"
                data-testid={`side-tab-${tab.id}`}
                onClick={() => apply((v) => setSideTab(v, tab.id))}
              >
                {t(tab.label)}
              </button>
            ))}
          </div>
        ))}
      </div>
      <div className="side-tabs__panel" role="tabpanel" id="side-tab-panel" aria-labelledby={`side-tab-${active.id}`}>
        <Suspense fallback={<p className="side-tabs__loading">{t('app.loadingPanel')}</p>}>
          <active.Panel />
        </Suspense>
      </div>
    </div>
  );
}

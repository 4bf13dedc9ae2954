/** Usage of `squadflow metrics` (apart from the command, so `--help` loads no engine, zod or date code). */
export const METRICS_USAGE = `squadflow metrics --input FILE [--input FILE…] --config FILE [options]

  --input FILE         Jira issues: {"issues":[…]} pages, a JSON array or NDJSON, each issue with
                       changelog.histories (search) or changeHistories (bulkfetch)
  --config FILE        squad configuration, JSON or YAML (same schema as the app)
  --now ISO            the moment to compute for (default: now); later changes are ignored
  --format F           json (default) | table | csv (one row per item)
  --out FILE           write there instead of stdout
  --from STAGE         lead-time start stage (default: the squad's leadTime.from)
  --to STAGE           lead-time end stage (default: the squad's leadTime.to)
  --unit U             elapsed | calendar | inclusive | business (default: the squad's unit)
  --window-start DATE  first day of the reporting window, YYYY-MM-DD in the squad's zone
  --window-end DATE    last day of the reporting window
  --trend-days N       length of the trend comparison period (default 28, or the window)
  --forecast-date DATE Monte Carlo: how many items reach the end stage by DATE
  --forecast-items N   Monte Carlo: when will N items have reached it
  --discipline NAME    only items of this discipline (repeat for several)
  --issue-type NAME    only items of this issue type (repeat for several)
  --quick-wins-only    only items carrying the squad's quick-win label
  --trials N           Monte Carlo trials (default: the squad's, 10000)
  --seed N             random seed for reproducible forecasts (default 1)
  --no-items           leave the per-item timelines out of the JSON
  --timings            print the time each phase took on stderr
`;

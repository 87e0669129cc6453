import { render } from 'preact';
import { Dashboard } from '../../lib/dashboard/Dashboard.tsx';
import '../../lib/ui/tokens.css';
import '../../lib/dashboard/dashboard.css';
import '../../lib/dashboard/trend.css';

render(<Dashboard />, document.getElementById('app')!);

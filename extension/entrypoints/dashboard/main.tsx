import { render } from 'preact';
import { Dashboard } from '../../lib/dashboard/Dashboard.tsx';
import '../../lib/dashboard/dashboard.css';

render(<Dashboard />, document.getElementById('app')!);

import { defineInviteForm } from './inviteForm';
import { initLayout } from './layout';
import { renderDashboard } from './pages/dashboard';
import { renderIntegrations } from './pages/integrations';
import { renderNotFound } from './pages/notFound';
import { renderSettings } from './pages/settings';
import { renderTeam } from './pages/team';
import { renderWidget } from './pages/widget';
import { createRouter, type Route } from './router';

const routes: readonly Route[] = [
  { path: '/', nav: 'dashboard', render: renderDashboard },
  { path: '/integrations', nav: 'integrations', render: renderIntegrations },
  { path: '/widget', nav: 'widget', render: renderWidget },
  { path: '/team', nav: 'team', render: renderTeam },
  { path: '/settings', nav: 'settings', render: renderSettings },
];

function boot(): void {
  const outlet = document.getElementById('app-main');
  if (!outlet) throw new Error('Chatly: #app-main is missing from the page');

  defineInviteForm();
  const layout = initLayout();
  const router = createRouter({
    routes,
    notFound: { path: '*', nav: null, render: renderNotFound },
    outlet,
    onRouteChange: (route) => {
      layout.setActiveNav(route.nav);
      layout.closeMenus();
    },
  });
  router.start();
}

boot();

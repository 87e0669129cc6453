import { defineInviteForm } from './inviteForm';
import { initLayout } from './layout';
import { renderBilling } from './pages/billing';
import { renderDashboard } from './pages/dashboard';
import { renderIntegrations } from './pages/integrations';
import { renderNotFound } from './pages/notFound';
import { renderSettings } from './pages/settings';
import { renderSignIn } from './pages/signIn';
import { renderTeam } from './pages/team';
import { renderWidget } from './pages/widget';
import { createRouter, type Route } from './router';

const routes: readonly Route[] = [
  { path: '/', nav: 'dashboard', render: renderDashboard },
  { path: '/integrations', nav: 'integrations', render: renderIntegrations },
  { path: '/widget', nav: 'widget', render: renderWidget },
  { path: '/team', nav: 'team', render: renderTeam },
  { path: '/settings', nav: 'settings', render: renderSettings },
  // Not in the navigation: a page behind a sign-in, for checks that must log in first.
  { path: '/login', nav: null, render: renderSignIn },
  { path: '/billing', nav: null, render: renderBilling },
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
